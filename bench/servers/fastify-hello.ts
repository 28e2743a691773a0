/**
 * @module
 * fastify hello-world (issue 8 item 2b): `POST /hello` with a small JSON body
 * answers `{"hello":"world"}`. The framework's floor under the same generator
 * that loads the relay's `GET /healthz`. No logger, as fastify's own benchmark
 * runs it. Prints `listening http://127.0.0.1:PORT` on stdout.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/hello', async () => ({ hello: 'world' }));
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`listening ${address}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
