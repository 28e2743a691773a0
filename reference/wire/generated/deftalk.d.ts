import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace deftalk. */
export namespace deftalk {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Frame.
         * @deprecated Use deftalk.v1.Frame.$Properties instead.
         */
        interface IFrame extends deftalk.v1.Frame.$Properties {
        }

        /** Represents a Frame. */
        class Frame {

            /**
             * Constructs a new Frame.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Frame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Frame version. */
            version: number;

            /** Frame request. */
            request?: (deftalk.v1.Request.$Properties|null);

            /** Frame response. */
            response?: (deftalk.v1.Response.$Properties|null);

            /** Frame body. */
            body?: ("request"|"response");

            /**
             * Creates a new Frame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Frame instance
             */
            static create(properties: deftalk.v1.Frame.$Shape): deftalk.v1.Frame & deftalk.v1.Frame.$Shape;
            static create(properties?: deftalk.v1.Frame.$Properties): deftalk.v1.Frame;

            /**
             * Encodes the specified Frame message. Does not implicitly {@link deftalk.v1.Frame.verify|verify} messages.
             * @param m Frame message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Frame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Frame message, length delimited. Does not implicitly {@link deftalk.v1.Frame.verify|verify} messages.
             * @param message Frame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Frame & deftalk.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Frame & deftalk.v1.Frame.$Shape;

            /**
             * Decodes a Frame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Frame & deftalk.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Frame & deftalk.v1.Frame.$Shape;

            /**
             * Verifies a Frame message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Frame
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Frame;

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @param m Frame
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Frame, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Frame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Frame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {

            /** Properties of a Frame. */
            interface $Properties {

                /** Frame version */
                version?: (number|null);

                /** Frame request */
                request?: (deftalk.v1.Request.$Properties|null);

                /** Frame response */
                response?: (deftalk.v1.Response.$Properties|null);

                /** Frame body */
                body?: ("request"|"response");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Frame. */
            type $Shape = {
              version?: number|null;
              request?: deftalk.v1.Request.$Shape|null;
              response?: deftalk.v1.Response.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; request?: null; response?: null }|{ body?: "request"; request: deftalk.v1.Request.$Shape; response?: null }|{ body?: "response"; request?: null; response: deftalk.v1.Response.$Shape })
            );
        }

        /**
         * Properties of a Request.
         * @deprecated Use deftalk.v1.Request.$Properties instead.
         */
        interface IRequest extends deftalk.v1.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request id. */
            id: number;

            /** Request method. */
            method: string;

            /** Request path. */
            path: string;

            /** Request body. */
            body: Uint8Array;

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: deftalk.v1.Request.$Shape): deftalk.v1.Request & deftalk.v1.Request.$Shape;
            static create(properties?: deftalk.v1.Request.$Properties): deftalk.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link deftalk.v1.Request.verify|verify} messages.
             * @param m Request message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Request.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link deftalk.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Request & deftalk.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Request & deftalk.v1.Request.$Shape;

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Request & deftalk.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Request & deftalk.v1.Request.$Shape;

            /**
             * Verifies a Request message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Request
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param m Request
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Request, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request id */
                id?: (number|null);

                /** Request method */
                method?: (string|null);

                /** Request path */
                path?: (string|null);

                /** Request body */
                body?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = deftalk.v1.Request.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use deftalk.v1.Response.$Properties instead.
         */
        interface IResponse extends deftalk.v1.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response id. */
            id: number;

            /** Response status. */
            status: number;

            /** Response body. */
            body: Uint8Array;

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: deftalk.v1.Response.$Shape): deftalk.v1.Response & deftalk.v1.Response.$Shape;
            static create(properties?: deftalk.v1.Response.$Properties): deftalk.v1.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link deftalk.v1.Response.verify|verify} messages.
             * @param m Response message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Response.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Response message, length delimited. Does not implicitly {@link deftalk.v1.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Response & deftalk.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Response & deftalk.v1.Response.$Shape;

            /**
             * Decodes a Response message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Response & deftalk.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Response & deftalk.v1.Response.$Shape;

            /**
             * Verifies a Response message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Response
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Response;

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @param m Response
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Response, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Response to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response id */
                id?: (number|null);

                /** Response status */
                status?: (number|null);

                /** Response body */
                body?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = deftalk.v1.Response.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use deftalk.v1.Error.$Properties instead.
         */
        interface IError extends deftalk.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: number;

            /** Error name. */
            name: string;

            /** Error message. */
            message: string;

            /** Error retryable. */
            retryable: boolean;

            /** Error retryAfterMs. */
            retryAfterMs: number;

            /** Error details. */
            details: { [k: string]: string };

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: deftalk.v1.Error.$Shape): deftalk.v1.Error & deftalk.v1.Error.$Shape;
            static create(properties?: deftalk.v1.Error.$Properties): deftalk.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link deftalk.v1.Error.verify|verify} messages.
             * @param m Error message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link deftalk.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Error & deftalk.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Error & deftalk.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Error & deftalk.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Error & deftalk.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Error
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param m Error
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (number|null);

                /** Error name */
                name?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error retryable */
                retryable?: (boolean|null);

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

                /** Error details */
                details?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = deftalk.v1.Error.$Properties;
        }

        /**
         * Properties of a RelayInfo.
         * @deprecated Use deftalk.v1.RelayInfo.$Properties instead.
         */
        interface IRelayInfo extends deftalk.v1.RelayInfo.$Properties {
        }

        /** Represents a RelayInfo. */
        class RelayInfo {

            /**
             * Constructs a new RelayInfo.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.RelayInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayInfo versions. */
            versions: number[];

            /** RelayInfo capabilities. */
            capabilities: string[];

            /** RelayInfo implementation. */
            implementation: string;

            /** RelayInfo maxBodyBytes. */
            maxBodyBytes: number;

            /**
             * Creates a new RelayInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayInfo instance
             */
            static create(properties: deftalk.v1.RelayInfo.$Shape): deftalk.v1.RelayInfo & deftalk.v1.RelayInfo.$Shape;
            static create(properties?: deftalk.v1.RelayInfo.$Properties): deftalk.v1.RelayInfo;

            /**
             * Encodes the specified RelayInfo message. Does not implicitly {@link deftalk.v1.RelayInfo.verify|verify} messages.
             * @param m RelayInfo message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.RelayInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelayInfo message, length delimited. Does not implicitly {@link deftalk.v1.RelayInfo.verify|verify} messages.
             * @param message RelayInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.RelayInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayInfo message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.RelayInfo & deftalk.v1.RelayInfo.$Shape} RelayInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.RelayInfo & deftalk.v1.RelayInfo.$Shape;

            /**
             * Decodes a RelayInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.RelayInfo & deftalk.v1.RelayInfo.$Shape} RelayInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.RelayInfo & deftalk.v1.RelayInfo.$Shape;

            /**
             * Verifies a RelayInfo message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a RelayInfo message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RelayInfo
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.RelayInfo;

            /**
             * Creates a plain object from a RelayInfo message. Also converts values to other types if specified.
             * @param m RelayInfo
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.RelayInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelayInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelayInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelayInfo {

            /** Properties of a RelayInfo. */
            interface $Properties {

                /** RelayInfo versions */
                versions?: (number[]|null);

                /** RelayInfo capabilities */
                capabilities?: (string[]|null);

                /** RelayInfo implementation */
                implementation?: (string|null);

                /** RelayInfo maxBodyBytes */
                maxBodyBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayInfo. */
            type $Shape = deftalk.v1.RelayInfo.$Properties;
        }
    }
}
