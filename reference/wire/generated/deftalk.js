/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const deftalk = $root.deftalk = (() => {

    /**
     * Namespace deftalk.
     * @exports deftalk
     * @namespace
     */
    const deftalk = {};

    deftalk.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof deftalk
         * @namespace
         */
        const v1 = {};

        v1.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} deftalk.v1.Frame.$Properties
             * @property {number|null} [version] Frame version
             * @property {deftalk.v1.Request.$Properties|null} [request] Frame request
             * @property {deftalk.v1.Response.$Properties|null} [response] Frame response
             * @property {"request"|"response"} [body] Frame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof deftalk.v1
             * @interface IFrame
             * @augments deftalk.v1.Frame.$Properties
             * @deprecated Use deftalk.v1.Frame.$Properties instead.
             */

            /**
             * Narrowed shape of a Frame.
             * @typedef {{
             *   version?: number|null;
             *   request?: deftalk.v1.Request.$Shape|null;
             *   response?: deftalk.v1.Response.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; request?: null; response?: null }|{ body?: "request"; request: deftalk.v1.Request.$Shape; response?: null }|{ body?: "response"; request?: null; response: deftalk.v1.Response.$Shape })
             * )} deftalk.v1.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof deftalk.v1
             * @classdesc Represents a Frame.
             * @constructor
             * @param {deftalk.v1.Frame.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Frame version.
             * @member {number} version
             * @memberof deftalk.v1.Frame
             * @instance
             */
            Frame.prototype.version = 0;

            /**
             * Frame request.
             * @member {deftalk.v1.Request.$Properties|null|undefined} request
             * @memberof deftalk.v1.Frame
             * @instance
             */
            Frame.prototype.request = null;

            /**
             * Frame response.
             * @member {deftalk.v1.Response.$Properties|null|undefined} response
             * @memberof deftalk.v1.Frame
             * @instance
             */
            Frame.prototype.response = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Frame body.
             * @member {"request"|"response"|undefined} body
             * @memberof deftalk.v1.Frame
             * @instance
             */
            $Object.defineProperty(Frame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["request", "response"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Frame
             * @static
             * @param {deftalk.v1.Frame.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Frame} Frame instance
             * @type {{
             *   (properties: deftalk.v1.Frame.$Shape): deftalk.v1.Frame & deftalk.v1.Frame.$Shape;
             *   (properties?: deftalk.v1.Frame.$Properties): deftalk.v1.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link deftalk.v1.Frame.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Frame
             * @static
             * @param {deftalk.v1.Frame.$Properties} m Frame message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
                if (m.request != null && $Object.hasOwnProperty.call(m, "request"))
                    $root.deftalk.v1.Request.encode(m.request, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.response != null && $Object.hasOwnProperty.call(m, "response"))
                    $root.deftalk.v1.Response.encode(m.response, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Frame message, length delimited. Does not implicitly {@link deftalk.v1.Frame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Frame
             * @static
             * @param {deftalk.v1.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Frame & deftalk.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.Frame();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.request = $root.deftalk.v1.Request.decode(r, r.size(), $undefined, q + 1, m.request);
                            m.body = "request";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.response = $root.deftalk.v1.Response.decode(r, r.size(), $undefined, q + 1, m.response);
                            m.body = "response";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Frame & deftalk.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Frame message.
             * @function verify
             * @memberof deftalk.v1.Frame
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Frame.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version))
                        return "version: integer expected";
                }
                if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                    p.body = 1;
                    {
                        var e = $root.deftalk.v1.Request.verify(m.request, q + 1);
                        if (e)
                            return "request." + e;
                    }
                }
                if (m.response != null && $Object.hasOwnProperty.call(m, "response")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.deftalk.v1.Response.verify(m.response, q + 1);
                        if (e)
                            return "response." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Frame
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Frame} Frame
             */
            Frame.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Frame)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Frame: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Frame();
                if (d.version != null) {
                    if ($Number(d.version) !== 0) {
                        m.version = d.version >>> 0;
                    }
                }
                if (d.request != null) {
                    if (!$util.isObject(d.request))
                        throw $TypeError(".deftalk.v1.Frame.request: object expected");
                    m.request = $root.deftalk.v1.Request.fromObject(d.request, q + 1);
                }
                if (d.response != null) {
                    if (!$util.isObject(d.response))
                        throw $TypeError(".deftalk.v1.Frame.response: object expected");
                    m.response = $root.deftalk.v1.Response.fromObject(d.response, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Frame
             * @static
             * @param {deftalk.v1.Frame} m Frame
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.version = 0;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                    d.request = $root.deftalk.v1.Request.toObject(m.request, o, q + 1);
                    if (o.oneofs)
                        d.body = "request";
                }
                if (m.response != null && $Object.hasOwnProperty.call(m, "response")) {
                    d.response = $root.deftalk.v1.Response.toObject(m.response, o, q + 1);
                    if (o.oneofs)
                        d.body = "response";
                }
                return d;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof deftalk.v1.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Frame";
            };

            return Frame;
        })();

        v1.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} deftalk.v1.Request.$Properties
             * @property {number|null} [id] Request id
             * @property {string|null} [method] Request method
             * @property {string|null} [path] Request path
             * @property {Uint8Array|null} [body] Request body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof deftalk.v1
             * @interface IRequest
             * @augments deftalk.v1.Request.$Properties
             * @deprecated Use deftalk.v1.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {deftalk.v1.Request.$Properties} deftalk.v1.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof deftalk.v1
             * @classdesc Represents a Request.
             * @constructor
             * @param {deftalk.v1.Request.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Request id.
             * @member {number} id
             * @memberof deftalk.v1.Request
             * @instance
             */
            Request.prototype.id = 0;

            /**
             * Request method.
             * @member {string} method
             * @memberof deftalk.v1.Request
             * @instance
             */
            Request.prototype.method = "";

            /**
             * Request path.
             * @member {string} path
             * @memberof deftalk.v1.Request
             * @instance
             */
            Request.prototype.path = "";

            /**
             * Request body.
             * @member {Uint8Array} body
             * @memberof deftalk.v1.Request
             * @instance
             */
            Request.prototype.body = $util.newBuffer([]);

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Request
             * @static
             * @param {deftalk.v1.Request.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Request} Request instance
             * @type {{
             *   (properties: deftalk.v1.Request.$Shape): deftalk.v1.Request & deftalk.v1.Request.$Shape;
             *   (properties?: deftalk.v1.Request.$Properties): deftalk.v1.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link deftalk.v1.Request.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Request
             * @static
             * @param {deftalk.v1.Request.$Properties} m Request message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.method != null && $Object.hasOwnProperty.call(m, "method") && m.method !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.method);
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.path);
                if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.body);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link deftalk.v1.Request.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Request
             * @static
             * @param {deftalk.v1.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Request & deftalk.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.Request();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.method = v;
                            else
                                delete m.method;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.body = v;
                            else
                                delete m.body;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Request & deftalk.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Request message.
             * @function verify
             * @memberof deftalk.v1.Request
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Request.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isInteger(m.id))
                        return "id: integer expected";
                }
                if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                    if (!$util.isString(m.method))
                        return "method: string expected";
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    if (!$util.isString(m.path))
                        return "path: string expected";
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                        return "body: buffer expected";
                }
                return null;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Request
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Request} Request
             */
            Request.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Request)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Request: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Request();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.method != null) {
                    if (typeof d.method !== "string" || d.method.length) {
                        m.method = $String(d.method);
                    }
                }
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.body != null) {
                    if (d.body.length) {
                        if (typeof d.body === "string")
                            $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                        else if (d.body.length >= 0)
                            m.body = d.body;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Request
             * @static
             * @param {deftalk.v1.Request} m Request
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.method = "";
                    d.path = "";
                    if (o.bytes === $String)
                        d.body = "";
                    else {
                        d.body = [];
                        if (o.bytes !== $Array)
                            d.body = $util.newBuffer(d.body);
                    }
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                    d.method = m.method;
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
                }
                return d;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof deftalk.v1.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Request";
            };

            return Request;
        })();

        v1.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} deftalk.v1.Response.$Properties
             * @property {number|null} [id] Response id
             * @property {number|null} [status] Response status
             * @property {Uint8Array|null} [body] Response body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof deftalk.v1
             * @interface IResponse
             * @augments deftalk.v1.Response.$Properties
             * @deprecated Use deftalk.v1.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {deftalk.v1.Response.$Properties} deftalk.v1.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof deftalk.v1
             * @classdesc Represents a Response.
             * @constructor
             * @param {deftalk.v1.Response.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Response id.
             * @member {number} id
             * @memberof deftalk.v1.Response
             * @instance
             */
            Response.prototype.id = 0;

            /**
             * Response status.
             * @member {number} status
             * @memberof deftalk.v1.Response
             * @instance
             */
            Response.prototype.status = 0;

            /**
             * Response body.
             * @member {Uint8Array} body
             * @memberof deftalk.v1.Response
             * @instance
             */
            Response.prototype.body = $util.newBuffer([]);

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Response
             * @static
             * @param {deftalk.v1.Response.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Response} Response instance
             * @type {{
             *   (properties: deftalk.v1.Response.$Shape): deftalk.v1.Response & deftalk.v1.Response.$Shape;
             *   (properties?: deftalk.v1.Response.$Properties): deftalk.v1.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link deftalk.v1.Response.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Response
             * @static
             * @param {deftalk.v1.Response.$Properties} m Response message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.status);
                if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.body);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Response message, length delimited. Does not implicitly {@link deftalk.v1.Response.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Response
             * @static
             * @param {deftalk.v1.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Response & deftalk.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.Response();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.body = v;
                            else
                                delete m.body;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Response message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Response & deftalk.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Response message.
             * @function verify
             * @memberof deftalk.v1.Response
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Response.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isInteger(m.id))
                        return "id: integer expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isInteger(m.status))
                        return "status: integer expected";
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                        return "body: buffer expected";
                }
                return null;
            };

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Response
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Response} Response
             */
            Response.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Response)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Response: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Response();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.status != null) {
                    if ($Number(d.status) !== 0) {
                        m.status = d.status >>> 0;
                    }
                }
                if (d.body != null) {
                    if (d.body.length) {
                        if (typeof d.body === "string")
                            $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                        else if (d.body.length >= 0)
                            m.body = d.body;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Response
             * @static
             * @param {deftalk.v1.Response} m Response
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Response.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.status = 0;
                    if (o.bytes === $String)
                        d.body = "";
                    else {
                        d.body = [];
                        if (o.bytes !== $Array)
                            d.body = $util.newBuffer(d.body);
                    }
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
                }
                return d;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof deftalk.v1.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Response";
            };

            return Response;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} deftalk.v1.Error.$Properties
             * @property {number|null} [code] Error code
             * @property {string|null} [name] Error name
             * @property {string|null} [message] Error message
             * @property {boolean|null} [retryable] Error retryable
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {Object.<string,string>|null} [details] Error details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof deftalk.v1
             * @interface IError
             * @augments deftalk.v1.Error.$Properties
             * @deprecated Use deftalk.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {deftalk.v1.Error.$Properties} deftalk.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof deftalk.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {deftalk.v1.Error.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (p) {
                this.details = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Error code.
             * @member {number} code
             * @memberof deftalk.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error name.
             * @member {string} name
             * @memberof deftalk.v1.Error
             * @instance
             */
            Error.prototype.name = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof deftalk.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryable.
             * @member {boolean} retryable
             * @memberof deftalk.v1.Error
             * @instance
             */
            Error.prototype.retryable = false;

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof deftalk.v1.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Error details.
             * @member {Object.<string,string>} details
             * @memberof deftalk.v1.Error
             * @instance
             */
            Error.prototype.details = $util.emptyObject;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Error
             * @static
             * @param {deftalk.v1.Error.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Error} Error instance
             * @type {{
             *   (properties: deftalk.v1.Error.$Shape): deftalk.v1.Error & deftalk.v1.Error.$Shape;
             *   (properties?: deftalk.v1.Error.$Properties): deftalk.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link deftalk.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Error
             * @static
             * @param {deftalk.v1.Error.$Properties} m Error message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.code);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable") && m.retryable !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.retryable);
                if (m.retryAfterMs != null && $Object.hasOwnProperty.call(m, "retryAfterMs") && m.retryAfterMs !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.retryAfterMs);
                if (m.details != null && $Object.hasOwnProperty.call(m, "details")) {
                    for (var ks = $Object.keys(m.details), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.details[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link deftalk.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Error
             * @static
             * @param {deftalk.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Error & deftalk.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.Error();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.retryable = v;
                            else
                                delete m.retryable;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.retryAfterMs = v;
                            else
                                delete m.retryAfterMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (m.details === $util.emptyObject)
                                m.details = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.details, k);
                            m.details[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Error & deftalk.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof deftalk.v1.Error
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    if (!$util.isInteger(m.code))
                        return "code: integer expected";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable")) {
                    if (typeof m.retryable !== "boolean")
                        return "retryable: boolean expected";
                }
                if (m.retryAfterMs != null && $Object.hasOwnProperty.call(m, "retryAfterMs")) {
                    if (!$util.isInteger(m.retryAfterMs))
                        return "retryAfterMs: integer expected";
                }
                if (m.details != null && $Object.hasOwnProperty.call(m, "details")) {
                    if (!$util.isObject(m.details))
                        return "details: object expected";
                    var k = $Object.keys(m.details);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.details[k[i]]))
                            return "details: string{k:string} expected";
                    }
                }
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Error
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Error} Error
             */
            Error.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Error)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Error: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Error();
                if (d.code != null) {
                    if ($Number(d.code) !== 0) {
                        m.code = d.code >>> 0;
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.retryable != null) {
                    if (d.retryable) {
                        m.retryable = $Boolean(d.retryable);
                    }
                }
                if (d.retryAfterMs != null) {
                    if ($Number(d.retryAfterMs) !== 0) {
                        m.retryAfterMs = d.retryAfterMs >>> 0;
                    }
                }
                if (d.details) {
                    if (!$util.isObject(d.details))
                        throw $TypeError(".deftalk.v1.Error.details: object expected");
                    m.details = {};
                    for (var ks = $Object.keys(d.details), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.details, ks[i]);
                        m.details[ks[i]] = $String(d.details[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Error
             * @static
             * @param {deftalk.v1.Error} m Error
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.details = {};
                }
                if (o.defaults) {
                    d.code = 0;
                    d.name = "";
                    d.message = "";
                    d.retryable = false;
                    d.retryAfterMs = 0;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable")) {
                    d.retryable = m.retryable;
                }
                if (m.retryAfterMs != null && $Object.hasOwnProperty.call(m, "retryAfterMs")) {
                    d.retryAfterMs = m.retryAfterMs;
                }
                var ks2;
                if (m.details && (ks2 = $Object.keys(m.details)).length) {
                    d.details = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.details, ks2[j]);
                        d.details[ks2[j]] = m.details[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof deftalk.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Error";
            };

            return Error;
        })();

        v1.RelayInfo = (function() {

            /**
             * Properties of a RelayInfo.
             * @typedef {Object} deftalk.v1.RelayInfo.$Properties
             * @property {Array.<number>|null} [versions] RelayInfo versions
             * @property {Array.<string>|null} [capabilities] RelayInfo capabilities
             * @property {string|null} [implementation] RelayInfo implementation
             * @property {number|null} [maxBodyBytes] RelayInfo maxBodyBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelayInfo.
             * @memberof deftalk.v1
             * @interface IRelayInfo
             * @augments deftalk.v1.RelayInfo.$Properties
             * @deprecated Use deftalk.v1.RelayInfo.$Properties instead.
             */

            /**
             * Shape of a RelayInfo.
             * @typedef {deftalk.v1.RelayInfo.$Properties} deftalk.v1.RelayInfo.$Shape
             */

            /**
             * Constructs a new RelayInfo.
             * @memberof deftalk.v1
             * @classdesc Represents a RelayInfo.
             * @constructor
             * @param {deftalk.v1.RelayInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelayInfo = function (p) {
                this.versions = [];
                this.capabilities = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RelayInfo versions.
             * @member {Array.<number>} versions
             * @memberof deftalk.v1.RelayInfo
             * @instance
             */
            RelayInfo.prototype.versions = $util.emptyArray;

            /**
             * RelayInfo capabilities.
             * @member {Array.<string>} capabilities
             * @memberof deftalk.v1.RelayInfo
             * @instance
             */
            RelayInfo.prototype.capabilities = $util.emptyArray;

            /**
             * RelayInfo implementation.
             * @member {string} implementation
             * @memberof deftalk.v1.RelayInfo
             * @instance
             */
            RelayInfo.prototype.implementation = "";

            /**
             * RelayInfo maxBodyBytes.
             * @member {number} maxBodyBytes
             * @memberof deftalk.v1.RelayInfo
             * @instance
             */
            RelayInfo.prototype.maxBodyBytes = 0;

            /**
             * Creates a new RelayInfo instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {deftalk.v1.RelayInfo.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.RelayInfo} RelayInfo instance
             * @type {{
             *   (properties: deftalk.v1.RelayInfo.$Shape): deftalk.v1.RelayInfo & deftalk.v1.RelayInfo.$Shape;
             *   (properties?: deftalk.v1.RelayInfo.$Properties): deftalk.v1.RelayInfo;
             * }}
             */
            RelayInfo.create = function(properties) {
                return new RelayInfo(properties);
            };

            /**
             * Encodes the specified RelayInfo message. Does not implicitly {@link deftalk.v1.RelayInfo.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {deftalk.v1.RelayInfo.$Properties} m RelayInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.versions != null && m.versions.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.versions);
                }
                if (m.capabilities != null && m.capabilities.length) {
                    for (var i = 0; i < m.capabilities.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.capabilities[i]);
                }
                if (m.implementation != null && $Object.hasOwnProperty.call(m, "implementation") && m.implementation !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.implementation);
                if (m.maxBodyBytes != null && $Object.hasOwnProperty.call(m, "maxBodyBytes") && m.maxBodyBytes !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.maxBodyBytes);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RelayInfo message, length delimited. Does not implicitly {@link deftalk.v1.RelayInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {deftalk.v1.RelayInfo.$Properties} message RelayInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelayInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RelayInfo message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.RelayInfo & deftalk.v1.RelayInfo.$Shape} RelayInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayInfo.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.RelayInfo();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u === 2) {
                                if (!(m.versions && m.versions.length))
                                    m.versions = [];
                                r.uint32s(m.versions);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.versions && m.versions.length))
                                m.versions = [];
                            m.versions.push(r.uint32());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.capabilities && m.capabilities.length))
                                m.capabilities = [];
                            m.capabilities.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.implementation = v;
                            else
                                delete m.implementation;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxBodyBytes = v;
                            else
                                delete m.maxBodyBytes;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a RelayInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.RelayInfo & deftalk.v1.RelayInfo.$Shape} RelayInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelayInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RelayInfo message.
             * @function verify
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RelayInfo.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.versions != null && $Object.hasOwnProperty.call(m, "versions")) {
                    if (!$Array.isArray(m.versions))
                        return "versions: array expected";
                    for (var i = 0; i < m.versions.length; ++i) {
                        if (!$util.isInteger(m.versions[i]))
                            return "versions: integer[] expected";
                    }
                }
                if (m.capabilities != null && $Object.hasOwnProperty.call(m, "capabilities")) {
                    if (!$Array.isArray(m.capabilities))
                        return "capabilities: array expected";
                    for (var i = 0; i < m.capabilities.length; ++i) {
                        if (!$util.isString(m.capabilities[i]))
                            return "capabilities: string[] expected";
                    }
                }
                if (m.implementation != null && $Object.hasOwnProperty.call(m, "implementation")) {
                    if (!$util.isString(m.implementation))
                        return "implementation: string expected";
                }
                if (m.maxBodyBytes != null && $Object.hasOwnProperty.call(m, "maxBodyBytes")) {
                    if (!$util.isInteger(m.maxBodyBytes))
                        return "maxBodyBytes: integer expected";
                }
                return null;
            };

            /**
             * Creates a RelayInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.RelayInfo} RelayInfo
             */
            RelayInfo.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.RelayInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.RelayInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.RelayInfo();
                if (d.versions) {
                    if (!$Array.isArray(d.versions))
                        throw $TypeError(".deftalk.v1.RelayInfo.versions: array expected");
                    m.versions = $Array(d.versions.length);
                    for (var i = 0; i < d.versions.length; ++i) {
                        m.versions[i] = d.versions[i] >>> 0;
                    }
                }
                if (d.capabilities) {
                    if (!$Array.isArray(d.capabilities))
                        throw $TypeError(".deftalk.v1.RelayInfo.capabilities: array expected");
                    m.capabilities = $Array(d.capabilities.length);
                    for (var i = 0; i < d.capabilities.length; ++i) {
                        m.capabilities[i] = $String(d.capabilities[i]);
                    }
                }
                if (d.implementation != null) {
                    if (typeof d.implementation !== "string" || d.implementation.length) {
                        m.implementation = $String(d.implementation);
                    }
                }
                if (d.maxBodyBytes != null) {
                    if ($Number(d.maxBodyBytes) !== 0) {
                        m.maxBodyBytes = d.maxBodyBytes >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RelayInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {deftalk.v1.RelayInfo} m RelayInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RelayInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.versions = [];
                    d.capabilities = [];
                }
                if (o.defaults) {
                    d.implementation = "";
                    d.maxBodyBytes = 0;
                }
                if (m.versions && m.versions.length) {
                    d.versions = $Array(m.versions.length);
                    for (var j = 0; j < m.versions.length; ++j) {
                        d.versions[j] = m.versions[j];
                    }
                }
                if (m.capabilities && m.capabilities.length) {
                    d.capabilities = $Array(m.capabilities.length);
                    for (var j = 0; j < m.capabilities.length; ++j) {
                        d.capabilities[j] = m.capabilities[j];
                    }
                }
                if (m.implementation != null && $Object.hasOwnProperty.call(m, "implementation")) {
                    d.implementation = m.implementation;
                }
                if (m.maxBodyBytes != null && $Object.hasOwnProperty.call(m, "maxBodyBytes")) {
                    d.maxBodyBytes = m.maxBodyBytes;
                }
                return d;
            };

            /**
             * Converts this RelayInfo to JSON.
             * @function toJSON
             * @memberof deftalk.v1.RelayInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RelayInfo.prototype.toJSON = function() {
                return RelayInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RelayInfo
             * @function getTypeUrl
             * @memberof deftalk.v1.RelayInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RelayInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.RelayInfo";
            };

            return RelayInfo;
        })();

        return v1;
    })();

    return deftalk;
})();

export {
  $root as default
};
