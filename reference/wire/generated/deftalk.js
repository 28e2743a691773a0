/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $Array = $util.global.Array, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

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

        v1.DeviceEntry = (function() {

            /**
             * Properties of a DeviceEntry.
             * @typedef {Object} deftalk.v1.DeviceEntry.$Properties
             * @property {number|null} [deviceId] DeviceEntry deviceId
             * @property {Uint8Array|null} [deviceKey] DeviceEntry deviceKey
             * @property {number|Long|null} [addedAtMs] DeviceEntry addedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceEntry.
             * @memberof deftalk.v1
             * @interface IDeviceEntry
             * @augments deftalk.v1.DeviceEntry.$Properties
             * @deprecated Use deftalk.v1.DeviceEntry.$Properties instead.
             */

            /**
             * Shape of a DeviceEntry.
             * @typedef {deftalk.v1.DeviceEntry.$Properties} deftalk.v1.DeviceEntry.$Shape
             */

            /**
             * Constructs a new DeviceEntry.
             * @memberof deftalk.v1
             * @classdesc Represents a DeviceEntry.
             * @constructor
             * @param {deftalk.v1.DeviceEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceEntry deviceId.
             * @member {number} deviceId
             * @memberof deftalk.v1.DeviceEntry
             * @instance
             */
            DeviceEntry.prototype.deviceId = 0;

            /**
             * DeviceEntry deviceKey.
             * @member {Uint8Array} deviceKey
             * @memberof deftalk.v1.DeviceEntry
             * @instance
             */
            DeviceEntry.prototype.deviceKey = $util.newBuffer([]);

            /**
             * DeviceEntry addedAtMs.
             * @member {number|Long} addedAtMs
             * @memberof deftalk.v1.DeviceEntry
             * @instance
             */
            DeviceEntry.prototype.addedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DeviceEntry instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {deftalk.v1.DeviceEntry.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DeviceEntry} DeviceEntry instance
             * @type {{
             *   (properties: deftalk.v1.DeviceEntry.$Shape): deftalk.v1.DeviceEntry & deftalk.v1.DeviceEntry.$Shape;
             *   (properties?: deftalk.v1.DeviceEntry.$Properties): deftalk.v1.DeviceEntry;
             * }}
             */
            DeviceEntry.create = function(properties) {
                return new DeviceEntry(properties);
            };

            /**
             * Encodes the specified DeviceEntry message. Does not implicitly {@link deftalk.v1.DeviceEntry.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {deftalk.v1.DeviceEntry.$Properties} m DeviceEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.deviceId);
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey") && m.deviceKey.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.deviceKey);
                if (m.addedAtMs != null && $Object.hasOwnProperty.call(m, "addedAtMs") && (typeof m.addedAtMs === "object" ? m.addedAtMs.low || m.addedAtMs.high : m.addedAtMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.addedAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceEntry message, length delimited. Does not implicitly {@link deftalk.v1.DeviceEntry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {deftalk.v1.DeviceEntry.$Properties} message DeviceEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceEntry message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceEntry & deftalk.v1.DeviceEntry.$Shape} DeviceEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceEntry.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.DeviceEntry();
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
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.deviceKey = v;
                            else
                                delete m.deviceKey;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.addedAtMs = v;
                            else
                                delete m.addedAtMs;
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
             * Decodes a DeviceEntry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceEntry & deftalk.v1.DeviceEntry.$Shape} DeviceEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceEntry message.
             * @function verify
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceEntry.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isInteger(m.deviceId))
                        return "deviceId: integer expected";
                }
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey")) {
                    if (!(m.deviceKey && typeof m.deviceKey.length === "number" || $util.isString(m.deviceKey)))
                        return "deviceKey: buffer expected";
                }
                if (m.addedAtMs != null && $Object.hasOwnProperty.call(m, "addedAtMs")) {
                    if (!$util.isInteger(m.addedAtMs) && !(m.addedAtMs && $util.isInteger(m.addedAtMs.low) && $util.isInteger(m.addedAtMs.high)))
                        return "addedAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a DeviceEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DeviceEntry} DeviceEntry
             */
            DeviceEntry.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DeviceEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DeviceEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DeviceEntry();
                if (d.deviceId != null) {
                    if ($Number(d.deviceId) !== 0) {
                        m.deviceId = d.deviceId >>> 0;
                    }
                }
                if (d.deviceKey != null) {
                    if (d.deviceKey.length) {
                        if (typeof d.deviceKey === "string")
                            $util.base64.decode(d.deviceKey, m.deviceKey = $util.newBuffer($util.base64.length(d.deviceKey)), 0);
                        else if (d.deviceKey.length >= 0)
                            m.deviceKey = d.deviceKey;
                    }
                }
                if (d.addedAtMs != null) {
                    if (typeof d.addedAtMs === "object" ? d.addedAtMs.low || d.addedAtMs.high : $Number(d.addedAtMs) !== 0) {
                        if ($util.Long)
                            m.addedAtMs = $util.Long.fromValue(d.addedAtMs, true);
                        else if (typeof d.addedAtMs === "string")
                            m.addedAtMs = $parseInt(d.addedAtMs, 10);
                        else if (typeof d.addedAtMs === "number")
                            m.addedAtMs = d.addedAtMs;
                        else if (typeof d.addedAtMs === "object")
                            m.addedAtMs = new $util.LongBits(d.addedAtMs.low >>> 0, d.addedAtMs.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {deftalk.v1.DeviceEntry} m DeviceEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = 0;
                    if (o.bytes === $String)
                        d.deviceKey = "";
                    else {
                        d.deviceKey = [];
                        if (o.bytes !== $Array)
                            d.deviceKey = $util.newBuffer(d.deviceKey);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.addedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.addedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey")) {
                    d.deviceKey = o.bytes === $String ? $util.base64.encode(m.deviceKey, 0, m.deviceKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.deviceKey) : m.deviceKey;
                }
                if (m.addedAtMs != null && $Object.hasOwnProperty.call(m, "addedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.addedAtMs = typeof m.addedAtMs === "number" ? $BigInt(m.addedAtMs) : $util.Long.fromBits(m.addedAtMs.low >>> 0, m.addedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof m.addedAtMs === "number")
                        d.addedAtMs = o.longs === $String ? $String(m.addedAtMs) : m.addedAtMs;
                    else
                        d.addedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.addedAtMs) : o.longs === $Number ? new $util.LongBits(m.addedAtMs.low >>> 0, m.addedAtMs.high >>> 0).toNumber(true) : m.addedAtMs;
                }
                return d;
            };

            /**
             * Converts this DeviceEntry to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DeviceEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceEntry.prototype.toJSON = function() {
                return DeviceEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceEntry
             * @function getTypeUrl
             * @memberof deftalk.v1.DeviceEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DeviceEntry";
            };

            return DeviceEntry;
        })();

        v1.DeviceList = (function() {

            /**
             * Properties of a DeviceList.
             * @typedef {Object} deftalk.v1.DeviceList.$Properties
             * @property {number|Long|null} [version] DeviceList version
             * @property {Array.<deftalk.v1.DeviceEntry.$Properties>|null} [devices] DeviceList devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceList.
             * @memberof deftalk.v1
             * @interface IDeviceList
             * @augments deftalk.v1.DeviceList.$Properties
             * @deprecated Use deftalk.v1.DeviceList.$Properties instead.
             */

            /**
             * Shape of a DeviceList.
             * @typedef {deftalk.v1.DeviceList.$Properties} deftalk.v1.DeviceList.$Shape
             */

            /**
             * Constructs a new DeviceList.
             * @memberof deftalk.v1
             * @classdesc Represents a DeviceList.
             * @constructor
             * @param {deftalk.v1.DeviceList.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceList = function (p) {
                this.devices = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceList version.
             * @member {number|Long} version
             * @memberof deftalk.v1.DeviceList
             * @instance
             */
            DeviceList.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceList devices.
             * @member {Array.<deftalk.v1.DeviceEntry.$Properties>} devices
             * @memberof deftalk.v1.DeviceList
             * @instance
             */
            DeviceList.prototype.devices = $util.emptyArray;

            /**
             * Creates a new DeviceList instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {deftalk.v1.DeviceList.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DeviceList} DeviceList instance
             * @type {{
             *   (properties: deftalk.v1.DeviceList.$Shape): deftalk.v1.DeviceList & deftalk.v1.DeviceList.$Shape;
             *   (properties?: deftalk.v1.DeviceList.$Properties): deftalk.v1.DeviceList;
             * }}
             */
            DeviceList.create = function(properties) {
                return new DeviceList(properties);
            };

            /**
             * Encodes the specified DeviceList message. Does not implicitly {@link deftalk.v1.DeviceList.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {deftalk.v1.DeviceList.$Properties} m DeviceList message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.version);
                if (m.devices != null && m.devices.length) {
                    for (var i = 0; i < m.devices.length; ++i)
                        $root.deftalk.v1.DeviceEntry.encode(m.devices[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceList message, length delimited. Does not implicitly {@link deftalk.v1.DeviceList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {deftalk.v1.DeviceList.$Properties} message DeviceList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceList message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceList & deftalk.v1.DeviceList.$Shape} DeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceList.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.DeviceList();
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
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.devices && m.devices.length))
                                m.devices = [];
                            m.devices.push($root.deftalk.v1.DeviceEntry.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a DeviceList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceList & deftalk.v1.DeviceList.$Shape} DeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceList message.
             * @function verify
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceList.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.devices != null && $Object.hasOwnProperty.call(m, "devices")) {
                    if (!$Array.isArray(m.devices))
                        return "devices: array expected";
                    for (var i = 0; i < m.devices.length; ++i) {
                        {
                            var e = $root.deftalk.v1.DeviceEntry.verify(m.devices[i], q + 1);
                            if (e)
                                return "devices." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a DeviceList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DeviceList} DeviceList
             */
            DeviceList.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DeviceList)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DeviceList: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DeviceList();
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, true);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                    }
                }
                if (d.devices) {
                    if (!$Array.isArray(d.devices))
                        throw $TypeError(".deftalk.v1.DeviceList.devices: array expected");
                    m.devices = $Array(d.devices.length);
                    for (var i = 0; i < d.devices.length; ++i) {
                        if (!$util.isObject(d.devices[i]))
                            throw $TypeError(".deftalk.v1.DeviceList.devices: object expected");
                        m.devices[i] = $root.deftalk.v1.DeviceEntry.fromObject(d.devices[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {deftalk.v1.DeviceList} m DeviceList
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceList.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.devices = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
                }
                if (m.devices && m.devices.length) {
                    d.devices = $Array(m.devices.length);
                    for (var j = 0; j < m.devices.length; ++j) {
                        d.devices[j] = $root.deftalk.v1.DeviceEntry.toObject(m.devices[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this DeviceList to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DeviceList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceList.prototype.toJSON = function() {
                return DeviceList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceList
             * @function getTypeUrl
             * @memberof deftalk.v1.DeviceList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DeviceList";
            };

            return DeviceList;
        })();

        v1.SignedDeviceList = (function() {

            /**
             * Properties of a SignedDeviceList.
             * @typedef {Object} deftalk.v1.SignedDeviceList.$Properties
             * @property {Uint8Array|null} [deviceList] SignedDeviceList deviceList
             * @property {Uint8Array|null} [signature] SignedDeviceList signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedDeviceList.
             * @memberof deftalk.v1
             * @interface ISignedDeviceList
             * @augments deftalk.v1.SignedDeviceList.$Properties
             * @deprecated Use deftalk.v1.SignedDeviceList.$Properties instead.
             */

            /**
             * Shape of a SignedDeviceList.
             * @typedef {deftalk.v1.SignedDeviceList.$Properties} deftalk.v1.SignedDeviceList.$Shape
             */

            /**
             * Constructs a new SignedDeviceList.
             * @memberof deftalk.v1
             * @classdesc Represents a SignedDeviceList.
             * @constructor
             * @param {deftalk.v1.SignedDeviceList.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedDeviceList = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedDeviceList deviceList.
             * @member {Uint8Array} deviceList
             * @memberof deftalk.v1.SignedDeviceList
             * @instance
             */
            SignedDeviceList.prototype.deviceList = $util.newBuffer([]);

            /**
             * SignedDeviceList signature.
             * @member {Uint8Array} signature
             * @memberof deftalk.v1.SignedDeviceList
             * @instance
             */
            SignedDeviceList.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedDeviceList instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {deftalk.v1.SignedDeviceList.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.SignedDeviceList} SignedDeviceList instance
             * @type {{
             *   (properties: deftalk.v1.SignedDeviceList.$Shape): deftalk.v1.SignedDeviceList & deftalk.v1.SignedDeviceList.$Shape;
             *   (properties?: deftalk.v1.SignedDeviceList.$Properties): deftalk.v1.SignedDeviceList;
             * }}
             */
            SignedDeviceList.create = function(properties) {
                return new SignedDeviceList(properties);
            };

            /**
             * Encodes the specified SignedDeviceList message. Does not implicitly {@link deftalk.v1.SignedDeviceList.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {deftalk.v1.SignedDeviceList.$Properties} m SignedDeviceList message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedDeviceList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList") && m.deviceList.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.deviceList);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SignedDeviceList message, length delimited. Does not implicitly {@link deftalk.v1.SignedDeviceList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {deftalk.v1.SignedDeviceList.$Properties} message SignedDeviceList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedDeviceList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SignedDeviceList message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.SignedDeviceList & deftalk.v1.SignedDeviceList.$Shape} SignedDeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedDeviceList.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.SignedDeviceList();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.deviceList = v;
                            else
                                delete m.deviceList;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
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
             * Decodes a SignedDeviceList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.SignedDeviceList & deftalk.v1.SignedDeviceList.$Shape} SignedDeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedDeviceList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SignedDeviceList message.
             * @function verify
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedDeviceList.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    if (!(m.deviceList && typeof m.deviceList.length === "number" || $util.isString(m.deviceList)))
                        return "deviceList: buffer expected";
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                        return "signature: buffer expected";
                }
                return null;
            };

            /**
             * Creates a SignedDeviceList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.SignedDeviceList} SignedDeviceList
             */
            SignedDeviceList.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.SignedDeviceList)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.SignedDeviceList: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.SignedDeviceList();
                if (d.deviceList != null) {
                    if (d.deviceList.length) {
                        if (typeof d.deviceList === "string")
                            $util.base64.decode(d.deviceList, m.deviceList = $util.newBuffer($util.base64.length(d.deviceList)), 0);
                        else if (d.deviceList.length >= 0)
                            m.deviceList = d.deviceList;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedDeviceList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {deftalk.v1.SignedDeviceList} m SignedDeviceList
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedDeviceList.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.deviceList = "";
                    else {
                        d.deviceList = [];
                        if (o.bytes !== $Array)
                            d.deviceList = $util.newBuffer(d.deviceList);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    d.deviceList = o.bytes === $String ? $util.base64.encode(m.deviceList, 0, m.deviceList.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.deviceList) : m.deviceList;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedDeviceList to JSON.
             * @function toJSON
             * @memberof deftalk.v1.SignedDeviceList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedDeviceList.prototype.toJSON = function() {
                return SignedDeviceList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedDeviceList
             * @function getTypeUrl
             * @memberof deftalk.v1.SignedDeviceList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedDeviceList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.SignedDeviceList";
            };

            return SignedDeviceList;
        })();

        v1.DeviceAddress = (function() {

            /**
             * Properties of a DeviceAddress.
             * @typedef {Object} deftalk.v1.DeviceAddress.$Properties
             * @property {Uint8Array|null} [accountId] DeviceAddress accountId
             * @property {number|null} [deviceId] DeviceAddress deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceAddress.
             * @memberof deftalk.v1
             * @interface IDeviceAddress
             * @augments deftalk.v1.DeviceAddress.$Properties
             * @deprecated Use deftalk.v1.DeviceAddress.$Properties instead.
             */

            /**
             * Shape of a DeviceAddress.
             * @typedef {deftalk.v1.DeviceAddress.$Properties} deftalk.v1.DeviceAddress.$Shape
             */

            /**
             * Constructs a new DeviceAddress.
             * @memberof deftalk.v1
             * @classdesc Represents a DeviceAddress.
             * @constructor
             * @param {deftalk.v1.DeviceAddress.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceAddress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceAddress accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.DeviceAddress
             * @instance
             */
            DeviceAddress.prototype.accountId = $util.newBuffer([]);

            /**
             * DeviceAddress deviceId.
             * @member {number} deviceId
             * @memberof deftalk.v1.DeviceAddress
             * @instance
             */
            DeviceAddress.prototype.deviceId = 0;

            /**
             * Creates a new DeviceAddress instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {deftalk.v1.DeviceAddress.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DeviceAddress} DeviceAddress instance
             * @type {{
             *   (properties: deftalk.v1.DeviceAddress.$Shape): deftalk.v1.DeviceAddress & deftalk.v1.DeviceAddress.$Shape;
             *   (properties?: deftalk.v1.DeviceAddress.$Properties): deftalk.v1.DeviceAddress;
             * }}
             */
            DeviceAddress.create = function(properties) {
                return new DeviceAddress(properties);
            };

            /**
             * Encodes the specified DeviceAddress message. Does not implicitly {@link deftalk.v1.DeviceAddress.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {deftalk.v1.DeviceAddress.$Properties} m DeviceAddress message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceAddress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.accountId);
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.deviceId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceAddress message, length delimited. Does not implicitly {@link deftalk.v1.DeviceAddress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {deftalk.v1.DeviceAddress.$Properties} message DeviceAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceAddress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceAddress message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceAddress & deftalk.v1.DeviceAddress.$Shape} DeviceAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceAddress.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.DeviceAddress();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.deviceId = v;
                            else
                                delete m.deviceId;
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
             * Decodes a DeviceAddress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceAddress & deftalk.v1.DeviceAddress.$Shape} DeviceAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceAddress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceAddress message.
             * @function verify
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceAddress.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isInteger(m.deviceId))
                        return "deviceId: integer expected";
                }
                return null;
            };

            /**
             * Creates a DeviceAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DeviceAddress} DeviceAddress
             */
            DeviceAddress.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DeviceAddress)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DeviceAddress: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DeviceAddress();
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                if (d.deviceId != null) {
                    if ($Number(d.deviceId) !== 0) {
                        m.deviceId = d.deviceId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {deftalk.v1.DeviceAddress} m DeviceAddress
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceAddress.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                    d.deviceId = 0;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                return d;
            };

            /**
             * Converts this DeviceAddress to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DeviceAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceAddress.prototype.toJSON = function() {
                return DeviceAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceAddress
             * @function getTypeUrl
             * @memberof deftalk.v1.DeviceAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DeviceAddress";
            };

            return DeviceAddress;
        })();

        v1.AccountInfo = (function() {

            /**
             * Properties of an AccountInfo.
             * @typedef {Object} deftalk.v1.AccountInfo.$Properties
             * @property {Uint8Array|null} [accountId] AccountInfo accountId
             * @property {number|null} [deviceId] AccountInfo deviceId
             * @property {Uint8Array|null} [identityKey] AccountInfo identityKey
             * @property {boolean|null} [registrationLock] AccountInfo registrationLock
             * @property {deftalk.v1.SignedDeviceList.$Properties|null} [deviceList] AccountInfo deviceList
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountInfo.
             * @memberof deftalk.v1
             * @interface IAccountInfo
             * @augments deftalk.v1.AccountInfo.$Properties
             * @deprecated Use deftalk.v1.AccountInfo.$Properties instead.
             */

            /**
             * Shape of an AccountInfo.
             * @typedef {deftalk.v1.AccountInfo.$Properties} deftalk.v1.AccountInfo.$Shape
             */

            /**
             * Constructs a new AccountInfo.
             * @memberof deftalk.v1
             * @classdesc Represents an AccountInfo.
             * @constructor
             * @param {deftalk.v1.AccountInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountInfo = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AccountInfo accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.AccountInfo
             * @instance
             */
            AccountInfo.prototype.accountId = $util.newBuffer([]);

            /**
             * AccountInfo deviceId.
             * @member {number} deviceId
             * @memberof deftalk.v1.AccountInfo
             * @instance
             */
            AccountInfo.prototype.deviceId = 0;

            /**
             * AccountInfo identityKey.
             * @member {Uint8Array} identityKey
             * @memberof deftalk.v1.AccountInfo
             * @instance
             */
            AccountInfo.prototype.identityKey = $util.newBuffer([]);

            /**
             * AccountInfo registrationLock.
             * @member {boolean} registrationLock
             * @memberof deftalk.v1.AccountInfo
             * @instance
             */
            AccountInfo.prototype.registrationLock = false;

            /**
             * AccountInfo deviceList.
             * @member {deftalk.v1.SignedDeviceList.$Properties|null|undefined} deviceList
             * @memberof deftalk.v1.AccountInfo
             * @instance
             */
            AccountInfo.prototype.deviceList = null;

            /**
             * Creates a new AccountInfo instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {deftalk.v1.AccountInfo.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.AccountInfo} AccountInfo instance
             * @type {{
             *   (properties: deftalk.v1.AccountInfo.$Shape): deftalk.v1.AccountInfo & deftalk.v1.AccountInfo.$Shape;
             *   (properties?: deftalk.v1.AccountInfo.$Properties): deftalk.v1.AccountInfo;
             * }}
             */
            AccountInfo.create = function(properties) {
                return new AccountInfo(properties);
            };

            /**
             * Encodes the specified AccountInfo message. Does not implicitly {@link deftalk.v1.AccountInfo.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {deftalk.v1.AccountInfo.$Properties} m AccountInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.accountId);
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.deviceId);
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey") && m.identityKey.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.identityKey);
                if (m.registrationLock != null && $Object.hasOwnProperty.call(m, "registrationLock") && m.registrationLock !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.registrationLock);
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList"))
                    $root.deftalk.v1.SignedDeviceList.encode(m.deviceList, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AccountInfo message, length delimited. Does not implicitly {@link deftalk.v1.AccountInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {deftalk.v1.AccountInfo.$Properties} message AccountInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AccountInfo message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.AccountInfo & deftalk.v1.AccountInfo.$Shape} AccountInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInfo.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.AccountInfo();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identityKey = v;
                            else
                                delete m.identityKey;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.registrationLock = v;
                            else
                                delete m.registrationLock;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.deviceList = $root.deftalk.v1.SignedDeviceList.decode(r, r.size(), $undefined, q + 1, m.deviceList);
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
             * Decodes an AccountInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.AccountInfo & deftalk.v1.AccountInfo.$Shape} AccountInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AccountInfo message.
             * @function verify
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AccountInfo.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isInteger(m.deviceId))
                        return "deviceId: integer expected";
                }
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey")) {
                    if (!(m.identityKey && typeof m.identityKey.length === "number" || $util.isString(m.identityKey)))
                        return "identityKey: buffer expected";
                }
                if (m.registrationLock != null && $Object.hasOwnProperty.call(m, "registrationLock")) {
                    if (typeof m.registrationLock !== "boolean")
                        return "registrationLock: boolean expected";
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    {
                        var e = $root.deftalk.v1.SignedDeviceList.verify(m.deviceList, q + 1);
                        if (e)
                            return "deviceList." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an AccountInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.AccountInfo} AccountInfo
             */
            AccountInfo.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.AccountInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.AccountInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.AccountInfo();
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                if (d.deviceId != null) {
                    if ($Number(d.deviceId) !== 0) {
                        m.deviceId = d.deviceId >>> 0;
                    }
                }
                if (d.identityKey != null) {
                    if (d.identityKey.length) {
                        if (typeof d.identityKey === "string")
                            $util.base64.decode(d.identityKey, m.identityKey = $util.newBuffer($util.base64.length(d.identityKey)), 0);
                        else if (d.identityKey.length >= 0)
                            m.identityKey = d.identityKey;
                    }
                }
                if (d.registrationLock != null) {
                    if (d.registrationLock) {
                        m.registrationLock = $Boolean(d.registrationLock);
                    }
                }
                if (d.deviceList != null) {
                    if (!$util.isObject(d.deviceList))
                        throw $TypeError(".deftalk.v1.AccountInfo.deviceList: object expected");
                    m.deviceList = $root.deftalk.v1.SignedDeviceList.fromObject(d.deviceList, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an AccountInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {deftalk.v1.AccountInfo} m AccountInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AccountInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                    d.deviceId = 0;
                    if (o.bytes === $String)
                        d.identityKey = "";
                    else {
                        d.identityKey = [];
                        if (o.bytes !== $Array)
                            d.identityKey = $util.newBuffer(d.identityKey);
                    }
                    d.registrationLock = false;
                    d.deviceList = null;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey")) {
                    d.identityKey = o.bytes === $String ? $util.base64.encode(m.identityKey, 0, m.identityKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.identityKey) : m.identityKey;
                }
                if (m.registrationLock != null && $Object.hasOwnProperty.call(m, "registrationLock")) {
                    d.registrationLock = m.registrationLock;
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    d.deviceList = $root.deftalk.v1.SignedDeviceList.toObject(m.deviceList, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this AccountInfo to JSON.
             * @function toJSON
             * @memberof deftalk.v1.AccountInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AccountInfo.prototype.toJSON = function() {
                return AccountInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AccountInfo
             * @function getTypeUrl
             * @memberof deftalk.v1.AccountInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AccountInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.AccountInfo";
            };

            return AccountInfo;
        })();

        v1.AccountDevices = (function() {

            /**
             * Properties of an AccountDevices.
             * @typedef {Object} deftalk.v1.AccountDevices.$Properties
             * @property {Uint8Array|null} [accountId] AccountDevices accountId
             * @property {Uint8Array|null} [identityKey] AccountDevices identityKey
             * @property {deftalk.v1.SignedDeviceList.$Properties|null} [deviceList] AccountDevices deviceList
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountDevices.
             * @memberof deftalk.v1
             * @interface IAccountDevices
             * @augments deftalk.v1.AccountDevices.$Properties
             * @deprecated Use deftalk.v1.AccountDevices.$Properties instead.
             */

            /**
             * Shape of an AccountDevices.
             * @typedef {deftalk.v1.AccountDevices.$Properties} deftalk.v1.AccountDevices.$Shape
             */

            /**
             * Constructs a new AccountDevices.
             * @memberof deftalk.v1
             * @classdesc Represents an AccountDevices.
             * @constructor
             * @param {deftalk.v1.AccountDevices.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountDevices = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AccountDevices accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.AccountDevices
             * @instance
             */
            AccountDevices.prototype.accountId = $util.newBuffer([]);

            /**
             * AccountDevices identityKey.
             * @member {Uint8Array} identityKey
             * @memberof deftalk.v1.AccountDevices
             * @instance
             */
            AccountDevices.prototype.identityKey = $util.newBuffer([]);

            /**
             * AccountDevices deviceList.
             * @member {deftalk.v1.SignedDeviceList.$Properties|null|undefined} deviceList
             * @memberof deftalk.v1.AccountDevices
             * @instance
             */
            AccountDevices.prototype.deviceList = null;

            /**
             * Creates a new AccountDevices instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {deftalk.v1.AccountDevices.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.AccountDevices} AccountDevices instance
             * @type {{
             *   (properties: deftalk.v1.AccountDevices.$Shape): deftalk.v1.AccountDevices & deftalk.v1.AccountDevices.$Shape;
             *   (properties?: deftalk.v1.AccountDevices.$Properties): deftalk.v1.AccountDevices;
             * }}
             */
            AccountDevices.create = function(properties) {
                return new AccountDevices(properties);
            };

            /**
             * Encodes the specified AccountDevices message. Does not implicitly {@link deftalk.v1.AccountDevices.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {deftalk.v1.AccountDevices.$Properties} m AccountDevices message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountDevices.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.accountId);
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey") && m.identityKey.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.identityKey);
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList"))
                    $root.deftalk.v1.SignedDeviceList.encode(m.deviceList, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AccountDevices message, length delimited. Does not implicitly {@link deftalk.v1.AccountDevices.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {deftalk.v1.AccountDevices.$Properties} message AccountDevices message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountDevices.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AccountDevices message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.AccountDevices & deftalk.v1.AccountDevices.$Shape} AccountDevices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountDevices.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.AccountDevices();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identityKey = v;
                            else
                                delete m.identityKey;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.deviceList = $root.deftalk.v1.SignedDeviceList.decode(r, r.size(), $undefined, q + 1, m.deviceList);
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
             * Decodes an AccountDevices message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.AccountDevices & deftalk.v1.AccountDevices.$Shape} AccountDevices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountDevices.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AccountDevices message.
             * @function verify
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AccountDevices.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey")) {
                    if (!(m.identityKey && typeof m.identityKey.length === "number" || $util.isString(m.identityKey)))
                        return "identityKey: buffer expected";
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    {
                        var e = $root.deftalk.v1.SignedDeviceList.verify(m.deviceList, q + 1);
                        if (e)
                            return "deviceList." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an AccountDevices message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.AccountDevices} AccountDevices
             */
            AccountDevices.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.AccountDevices)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.AccountDevices: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.AccountDevices();
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                if (d.identityKey != null) {
                    if (d.identityKey.length) {
                        if (typeof d.identityKey === "string")
                            $util.base64.decode(d.identityKey, m.identityKey = $util.newBuffer($util.base64.length(d.identityKey)), 0);
                        else if (d.identityKey.length >= 0)
                            m.identityKey = d.identityKey;
                    }
                }
                if (d.deviceList != null) {
                    if (!$util.isObject(d.deviceList))
                        throw $TypeError(".deftalk.v1.AccountDevices.deviceList: object expected");
                    m.deviceList = $root.deftalk.v1.SignedDeviceList.fromObject(d.deviceList, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an AccountDevices message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {deftalk.v1.AccountDevices} m AccountDevices
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AccountDevices.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                    if (o.bytes === $String)
                        d.identityKey = "";
                    else {
                        d.identityKey = [];
                        if (o.bytes !== $Array)
                            d.identityKey = $util.newBuffer(d.identityKey);
                    }
                    d.deviceList = null;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey")) {
                    d.identityKey = o.bytes === $String ? $util.base64.encode(m.identityKey, 0, m.identityKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.identityKey) : m.identityKey;
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    d.deviceList = $root.deftalk.v1.SignedDeviceList.toObject(m.deviceList, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this AccountDevices to JSON.
             * @function toJSON
             * @memberof deftalk.v1.AccountDevices
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AccountDevices.prototype.toJSON = function() {
                return AccountDevices.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AccountDevices
             * @function getTypeUrl
             * @memberof deftalk.v1.AccountDevices
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AccountDevices.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.AccountDevices";
            };

            return AccountDevices;
        })();

        v1.RegistrationLockRequest = (function() {

            /**
             * Properties of a RegistrationLockRequest.
             * @typedef {Object} deftalk.v1.RegistrationLockRequest.$Properties
             * @property {string|null} [pin] RegistrationLockRequest pin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegistrationLockRequest.
             * @memberof deftalk.v1
             * @interface IRegistrationLockRequest
             * @augments deftalk.v1.RegistrationLockRequest.$Properties
             * @deprecated Use deftalk.v1.RegistrationLockRequest.$Properties instead.
             */

            /**
             * Shape of a RegistrationLockRequest.
             * @typedef {deftalk.v1.RegistrationLockRequest.$Properties} deftalk.v1.RegistrationLockRequest.$Shape
             */

            /**
             * Constructs a new RegistrationLockRequest.
             * @memberof deftalk.v1
             * @classdesc Represents a RegistrationLockRequest.
             * @constructor
             * @param {deftalk.v1.RegistrationLockRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegistrationLockRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RegistrationLockRequest pin.
             * @member {string} pin
             * @memberof deftalk.v1.RegistrationLockRequest
             * @instance
             */
            RegistrationLockRequest.prototype.pin = "";

            /**
             * Creates a new RegistrationLockRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {deftalk.v1.RegistrationLockRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.RegistrationLockRequest} RegistrationLockRequest instance
             * @type {{
             *   (properties: deftalk.v1.RegistrationLockRequest.$Shape): deftalk.v1.RegistrationLockRequest & deftalk.v1.RegistrationLockRequest.$Shape;
             *   (properties?: deftalk.v1.RegistrationLockRequest.$Properties): deftalk.v1.RegistrationLockRequest;
             * }}
             */
            RegistrationLockRequest.create = function(properties) {
                return new RegistrationLockRequest(properties);
            };

            /**
             * Encodes the specified RegistrationLockRequest message. Does not implicitly {@link deftalk.v1.RegistrationLockRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {deftalk.v1.RegistrationLockRequest.$Properties} m RegistrationLockRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistrationLockRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pin != null && $Object.hasOwnProperty.call(m, "pin") && m.pin !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.pin);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RegistrationLockRequest message, length delimited. Does not implicitly {@link deftalk.v1.RegistrationLockRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {deftalk.v1.RegistrationLockRequest.$Properties} message RegistrationLockRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistrationLockRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegistrationLockRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.RegistrationLockRequest & deftalk.v1.RegistrationLockRequest.$Shape} RegistrationLockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistrationLockRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.RegistrationLockRequest();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pin = v;
                            else
                                delete m.pin;
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
             * Decodes a RegistrationLockRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.RegistrationLockRequest & deftalk.v1.RegistrationLockRequest.$Shape} RegistrationLockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistrationLockRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegistrationLockRequest message.
             * @function verify
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegistrationLockRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.pin != null && $Object.hasOwnProperty.call(m, "pin")) {
                    if (!$util.isString(m.pin))
                        return "pin: string expected";
                }
                return null;
            };

            /**
             * Creates a RegistrationLockRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.RegistrationLockRequest} RegistrationLockRequest
             */
            RegistrationLockRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.RegistrationLockRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.RegistrationLockRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.RegistrationLockRequest();
                if (d.pin != null) {
                    if (typeof d.pin !== "string" || d.pin.length) {
                        m.pin = $String(d.pin);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RegistrationLockRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {deftalk.v1.RegistrationLockRequest} m RegistrationLockRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegistrationLockRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.pin = "";
                }
                if (m.pin != null && $Object.hasOwnProperty.call(m, "pin")) {
                    d.pin = m.pin;
                }
                return d;
            };

            /**
             * Converts this RegistrationLockRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.RegistrationLockRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegistrationLockRequest.prototype.toJSON = function() {
                return RegistrationLockRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegistrationLockRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.RegistrationLockRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegistrationLockRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.RegistrationLockRequest";
            };

            return RegistrationLockRequest;
        })();

        v1.LinkToken = (function() {

            /**
             * Properties of a LinkToken.
             * @typedef {Object} deftalk.v1.LinkToken.$Properties
             * @property {string|null} [linkToken] LinkToken linkToken
             * @property {number|null} [expiresInMs] LinkToken expiresInMs
             * @property {number|null} [nextDeviceId] LinkToken nextDeviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinkToken.
             * @memberof deftalk.v1
             * @interface ILinkToken
             * @augments deftalk.v1.LinkToken.$Properties
             * @deprecated Use deftalk.v1.LinkToken.$Properties instead.
             */

            /**
             * Shape of a LinkToken.
             * @typedef {deftalk.v1.LinkToken.$Properties} deftalk.v1.LinkToken.$Shape
             */

            /**
             * Constructs a new LinkToken.
             * @memberof deftalk.v1
             * @classdesc Represents a LinkToken.
             * @constructor
             * @param {deftalk.v1.LinkToken.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinkToken = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LinkToken linkToken.
             * @member {string} linkToken
             * @memberof deftalk.v1.LinkToken
             * @instance
             */
            LinkToken.prototype.linkToken = "";

            /**
             * LinkToken expiresInMs.
             * @member {number} expiresInMs
             * @memberof deftalk.v1.LinkToken
             * @instance
             */
            LinkToken.prototype.expiresInMs = 0;

            /**
             * LinkToken nextDeviceId.
             * @member {number} nextDeviceId
             * @memberof deftalk.v1.LinkToken
             * @instance
             */
            LinkToken.prototype.nextDeviceId = 0;

            /**
             * Creates a new LinkToken instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {deftalk.v1.LinkToken.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.LinkToken} LinkToken instance
             * @type {{
             *   (properties: deftalk.v1.LinkToken.$Shape): deftalk.v1.LinkToken & deftalk.v1.LinkToken.$Shape;
             *   (properties?: deftalk.v1.LinkToken.$Properties): deftalk.v1.LinkToken;
             * }}
             */
            LinkToken.create = function(properties) {
                return new LinkToken(properties);
            };

            /**
             * Encodes the specified LinkToken message. Does not implicitly {@link deftalk.v1.LinkToken.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {deftalk.v1.LinkToken.$Properties} m LinkToken message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinkToken.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken") && m.linkToken !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.linkToken);
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs") && m.expiresInMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.expiresInMs);
                if (m.nextDeviceId != null && $Object.hasOwnProperty.call(m, "nextDeviceId") && m.nextDeviceId !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.nextDeviceId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LinkToken message, length delimited. Does not implicitly {@link deftalk.v1.LinkToken.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {deftalk.v1.LinkToken.$Properties} message LinkToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinkToken.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LinkToken message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.LinkToken & deftalk.v1.LinkToken.$Shape} LinkToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinkToken.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.LinkToken();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.linkToken = v;
                            else
                                delete m.linkToken;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.expiresInMs = v;
                            else
                                delete m.expiresInMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.nextDeviceId = v;
                            else
                                delete m.nextDeviceId;
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
             * Decodes a LinkToken message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.LinkToken & deftalk.v1.LinkToken.$Shape} LinkToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinkToken.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LinkToken message.
             * @function verify
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LinkToken.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken")) {
                    if (!$util.isString(m.linkToken))
                        return "linkToken: string expected";
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    if (!$util.isInteger(m.expiresInMs))
                        return "expiresInMs: integer expected";
                }
                if (m.nextDeviceId != null && $Object.hasOwnProperty.call(m, "nextDeviceId")) {
                    if (!$util.isInteger(m.nextDeviceId))
                        return "nextDeviceId: integer expected";
                }
                return null;
            };

            /**
             * Creates a LinkToken message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.LinkToken} LinkToken
             */
            LinkToken.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.LinkToken)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.LinkToken: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.LinkToken();
                if (d.linkToken != null) {
                    if (typeof d.linkToken !== "string" || d.linkToken.length) {
                        m.linkToken = $String(d.linkToken);
                    }
                }
                if (d.expiresInMs != null) {
                    if ($Number(d.expiresInMs) !== 0) {
                        m.expiresInMs = d.expiresInMs >>> 0;
                    }
                }
                if (d.nextDeviceId != null) {
                    if ($Number(d.nextDeviceId) !== 0) {
                        m.nextDeviceId = d.nextDeviceId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LinkToken message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {deftalk.v1.LinkToken} m LinkToken
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinkToken.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.linkToken = "";
                    d.expiresInMs = 0;
                    d.nextDeviceId = 0;
                }
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken")) {
                    d.linkToken = m.linkToken;
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    d.expiresInMs = m.expiresInMs;
                }
                if (m.nextDeviceId != null && $Object.hasOwnProperty.call(m, "nextDeviceId")) {
                    d.nextDeviceId = m.nextDeviceId;
                }
                return d;
            };

            /**
             * Converts this LinkToken to JSON.
             * @function toJSON
             * @memberof deftalk.v1.LinkToken
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinkToken.prototype.toJSON = function() {
                return LinkToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LinkToken
             * @function getTypeUrl
             * @memberof deftalk.v1.LinkToken
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LinkToken.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.LinkToken";
            };

            return LinkToken;
        })();

        v1.LinkDeviceRequest = (function() {

            /**
             * Properties of a LinkDeviceRequest.
             * @typedef {Object} deftalk.v1.LinkDeviceRequest.$Properties
             * @property {Uint8Array|null} [accountId] LinkDeviceRequest accountId
             * @property {string|null} [linkToken] LinkDeviceRequest linkToken
             * @property {Uint8Array|null} [deviceKey] LinkDeviceRequest deviceKey
             * @property {deftalk.v1.SignedDeviceList.$Properties|null} [deviceList] LinkDeviceRequest deviceList
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LinkDeviceRequest.
             * @memberof deftalk.v1
             * @interface ILinkDeviceRequest
             * @augments deftalk.v1.LinkDeviceRequest.$Properties
             * @deprecated Use deftalk.v1.LinkDeviceRequest.$Properties instead.
             */

            /**
             * Shape of a LinkDeviceRequest.
             * @typedef {deftalk.v1.LinkDeviceRequest.$Properties} deftalk.v1.LinkDeviceRequest.$Shape
             */

            /**
             * Constructs a new LinkDeviceRequest.
             * @memberof deftalk.v1
             * @classdesc Represents a LinkDeviceRequest.
             * @constructor
             * @param {deftalk.v1.LinkDeviceRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LinkDeviceRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LinkDeviceRequest accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.LinkDeviceRequest
             * @instance
             */
            LinkDeviceRequest.prototype.accountId = $util.newBuffer([]);

            /**
             * LinkDeviceRequest linkToken.
             * @member {string} linkToken
             * @memberof deftalk.v1.LinkDeviceRequest
             * @instance
             */
            LinkDeviceRequest.prototype.linkToken = "";

            /**
             * LinkDeviceRequest deviceKey.
             * @member {Uint8Array} deviceKey
             * @memberof deftalk.v1.LinkDeviceRequest
             * @instance
             */
            LinkDeviceRequest.prototype.deviceKey = $util.newBuffer([]);

            /**
             * LinkDeviceRequest deviceList.
             * @member {deftalk.v1.SignedDeviceList.$Properties|null|undefined} deviceList
             * @memberof deftalk.v1.LinkDeviceRequest
             * @instance
             */
            LinkDeviceRequest.prototype.deviceList = null;

            /**
             * Creates a new LinkDeviceRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {deftalk.v1.LinkDeviceRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.LinkDeviceRequest} LinkDeviceRequest instance
             * @type {{
             *   (properties: deftalk.v1.LinkDeviceRequest.$Shape): deftalk.v1.LinkDeviceRequest & deftalk.v1.LinkDeviceRequest.$Shape;
             *   (properties?: deftalk.v1.LinkDeviceRequest.$Properties): deftalk.v1.LinkDeviceRequest;
             * }}
             */
            LinkDeviceRequest.create = function(properties) {
                return new LinkDeviceRequest(properties);
            };

            /**
             * Encodes the specified LinkDeviceRequest message. Does not implicitly {@link deftalk.v1.LinkDeviceRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {deftalk.v1.LinkDeviceRequest.$Properties} m LinkDeviceRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinkDeviceRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.accountId);
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken") && m.linkToken !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.linkToken);
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey") && m.deviceKey.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.deviceKey);
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList"))
                    $root.deftalk.v1.SignedDeviceList.encode(m.deviceList, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LinkDeviceRequest message, length delimited. Does not implicitly {@link deftalk.v1.LinkDeviceRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {deftalk.v1.LinkDeviceRequest.$Properties} message LinkDeviceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LinkDeviceRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LinkDeviceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.LinkDeviceRequest & deftalk.v1.LinkDeviceRequest.$Shape} LinkDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinkDeviceRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.LinkDeviceRequest();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.linkToken = v;
                            else
                                delete m.linkToken;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.deviceKey = v;
                            else
                                delete m.deviceKey;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.deviceList = $root.deftalk.v1.SignedDeviceList.decode(r, r.size(), $undefined, q + 1, m.deviceList);
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
             * Decodes a LinkDeviceRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.LinkDeviceRequest & deftalk.v1.LinkDeviceRequest.$Shape} LinkDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LinkDeviceRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LinkDeviceRequest message.
             * @function verify
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LinkDeviceRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken")) {
                    if (!$util.isString(m.linkToken))
                        return "linkToken: string expected";
                }
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey")) {
                    if (!(m.deviceKey && typeof m.deviceKey.length === "number" || $util.isString(m.deviceKey)))
                        return "deviceKey: buffer expected";
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    {
                        var e = $root.deftalk.v1.SignedDeviceList.verify(m.deviceList, q + 1);
                        if (e)
                            return "deviceList." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a LinkDeviceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.LinkDeviceRequest} LinkDeviceRequest
             */
            LinkDeviceRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.LinkDeviceRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.LinkDeviceRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.LinkDeviceRequest();
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                if (d.linkToken != null) {
                    if (typeof d.linkToken !== "string" || d.linkToken.length) {
                        m.linkToken = $String(d.linkToken);
                    }
                }
                if (d.deviceKey != null) {
                    if (d.deviceKey.length) {
                        if (typeof d.deviceKey === "string")
                            $util.base64.decode(d.deviceKey, m.deviceKey = $util.newBuffer($util.base64.length(d.deviceKey)), 0);
                        else if (d.deviceKey.length >= 0)
                            m.deviceKey = d.deviceKey;
                    }
                }
                if (d.deviceList != null) {
                    if (!$util.isObject(d.deviceList))
                        throw $TypeError(".deftalk.v1.LinkDeviceRequest.deviceList: object expected");
                    m.deviceList = $root.deftalk.v1.SignedDeviceList.fromObject(d.deviceList, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a LinkDeviceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {deftalk.v1.LinkDeviceRequest} m LinkDeviceRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LinkDeviceRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                    d.linkToken = "";
                    if (o.bytes === $String)
                        d.deviceKey = "";
                    else {
                        d.deviceKey = [];
                        if (o.bytes !== $Array)
                            d.deviceKey = $util.newBuffer(d.deviceKey);
                    }
                    d.deviceList = null;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken")) {
                    d.linkToken = m.linkToken;
                }
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey")) {
                    d.deviceKey = o.bytes === $String ? $util.base64.encode(m.deviceKey, 0, m.deviceKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.deviceKey) : m.deviceKey;
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    d.deviceList = $root.deftalk.v1.SignedDeviceList.toObject(m.deviceList, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this LinkDeviceRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.LinkDeviceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LinkDeviceRequest.prototype.toJSON = function() {
                return LinkDeviceRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LinkDeviceRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.LinkDeviceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LinkDeviceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.LinkDeviceRequest";
            };

            return LinkDeviceRequest;
        })();

        v1.UpdateDeviceListRequest = (function() {

            /**
             * Properties of an UpdateDeviceListRequest.
             * @typedef {Object} deftalk.v1.UpdateDeviceListRequest.$Properties
             * @property {deftalk.v1.SignedDeviceList.$Properties|null} [deviceList] UpdateDeviceListRequest deviceList
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateDeviceListRequest.
             * @memberof deftalk.v1
             * @interface IUpdateDeviceListRequest
             * @augments deftalk.v1.UpdateDeviceListRequest.$Properties
             * @deprecated Use deftalk.v1.UpdateDeviceListRequest.$Properties instead.
             */

            /**
             * Shape of an UpdateDeviceListRequest.
             * @typedef {deftalk.v1.UpdateDeviceListRequest.$Properties} deftalk.v1.UpdateDeviceListRequest.$Shape
             */

            /**
             * Constructs a new UpdateDeviceListRequest.
             * @memberof deftalk.v1
             * @classdesc Represents an UpdateDeviceListRequest.
             * @constructor
             * @param {deftalk.v1.UpdateDeviceListRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateDeviceListRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * UpdateDeviceListRequest deviceList.
             * @member {deftalk.v1.SignedDeviceList.$Properties|null|undefined} deviceList
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @instance
             */
            UpdateDeviceListRequest.prototype.deviceList = null;

            /**
             * Creates a new UpdateDeviceListRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {deftalk.v1.UpdateDeviceListRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.UpdateDeviceListRequest} UpdateDeviceListRequest instance
             * @type {{
             *   (properties: deftalk.v1.UpdateDeviceListRequest.$Shape): deftalk.v1.UpdateDeviceListRequest & deftalk.v1.UpdateDeviceListRequest.$Shape;
             *   (properties?: deftalk.v1.UpdateDeviceListRequest.$Properties): deftalk.v1.UpdateDeviceListRequest;
             * }}
             */
            UpdateDeviceListRequest.create = function(properties) {
                return new UpdateDeviceListRequest(properties);
            };

            /**
             * Encodes the specified UpdateDeviceListRequest message. Does not implicitly {@link deftalk.v1.UpdateDeviceListRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {deftalk.v1.UpdateDeviceListRequest.$Properties} m UpdateDeviceListRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateDeviceListRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList"))
                    $root.deftalk.v1.SignedDeviceList.encode(m.deviceList, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified UpdateDeviceListRequest message, length delimited. Does not implicitly {@link deftalk.v1.UpdateDeviceListRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {deftalk.v1.UpdateDeviceListRequest.$Properties} message UpdateDeviceListRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateDeviceListRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UpdateDeviceListRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.UpdateDeviceListRequest & deftalk.v1.UpdateDeviceListRequest.$Shape} UpdateDeviceListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateDeviceListRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.UpdateDeviceListRequest();
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
                            if (u !== 2)
                                break;
                            m.deviceList = $root.deftalk.v1.SignedDeviceList.decode(r, r.size(), $undefined, q + 1, m.deviceList);
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
             * Decodes an UpdateDeviceListRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.UpdateDeviceListRequest & deftalk.v1.UpdateDeviceListRequest.$Shape} UpdateDeviceListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateDeviceListRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UpdateDeviceListRequest message.
             * @function verify
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UpdateDeviceListRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    {
                        var e = $root.deftalk.v1.SignedDeviceList.verify(m.deviceList, q + 1);
                        if (e)
                            return "deviceList." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an UpdateDeviceListRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.UpdateDeviceListRequest} UpdateDeviceListRequest
             */
            UpdateDeviceListRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.UpdateDeviceListRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.UpdateDeviceListRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.UpdateDeviceListRequest();
                if (d.deviceList != null) {
                    if (!$util.isObject(d.deviceList))
                        throw $TypeError(".deftalk.v1.UpdateDeviceListRequest.deviceList: object expected");
                    m.deviceList = $root.deftalk.v1.SignedDeviceList.fromObject(d.deviceList, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an UpdateDeviceListRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {deftalk.v1.UpdateDeviceListRequest} m UpdateDeviceListRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateDeviceListRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceList = null;
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    d.deviceList = $root.deftalk.v1.SignedDeviceList.toObject(m.deviceList, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this UpdateDeviceListRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateDeviceListRequest.prototype.toJSON = function() {
                return UpdateDeviceListRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateDeviceListRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.UpdateDeviceListRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateDeviceListRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.UpdateDeviceListRequest";
            };

            return UpdateDeviceListRequest;
        })();

        v1.ProvisioningAddress = (function() {

            /**
             * Properties of a ProvisioningAddress.
             * @typedef {Object} deftalk.v1.ProvisioningAddress.$Properties
             * @property {Uint8Array|null} [provisioningId] ProvisioningAddress provisioningId
             * @property {number|null} [expiresInMs] ProvisioningAddress expiresInMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProvisioningAddress.
             * @memberof deftalk.v1
             * @interface IProvisioningAddress
             * @augments deftalk.v1.ProvisioningAddress.$Properties
             * @deprecated Use deftalk.v1.ProvisioningAddress.$Properties instead.
             */

            /**
             * Shape of a ProvisioningAddress.
             * @typedef {deftalk.v1.ProvisioningAddress.$Properties} deftalk.v1.ProvisioningAddress.$Shape
             */

            /**
             * Constructs a new ProvisioningAddress.
             * @memberof deftalk.v1
             * @classdesc Represents a ProvisioningAddress.
             * @constructor
             * @param {deftalk.v1.ProvisioningAddress.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProvisioningAddress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProvisioningAddress provisioningId.
             * @member {Uint8Array} provisioningId
             * @memberof deftalk.v1.ProvisioningAddress
             * @instance
             */
            ProvisioningAddress.prototype.provisioningId = $util.newBuffer([]);

            /**
             * ProvisioningAddress expiresInMs.
             * @member {number} expiresInMs
             * @memberof deftalk.v1.ProvisioningAddress
             * @instance
             */
            ProvisioningAddress.prototype.expiresInMs = 0;

            /**
             * Creates a new ProvisioningAddress instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {deftalk.v1.ProvisioningAddress.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.ProvisioningAddress} ProvisioningAddress instance
             * @type {{
             *   (properties: deftalk.v1.ProvisioningAddress.$Shape): deftalk.v1.ProvisioningAddress & deftalk.v1.ProvisioningAddress.$Shape;
             *   (properties?: deftalk.v1.ProvisioningAddress.$Properties): deftalk.v1.ProvisioningAddress;
             * }}
             */
            ProvisioningAddress.create = function(properties) {
                return new ProvisioningAddress(properties);
            };

            /**
             * Encodes the specified ProvisioningAddress message. Does not implicitly {@link deftalk.v1.ProvisioningAddress.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {deftalk.v1.ProvisioningAddress.$Properties} m ProvisioningAddress message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvisioningAddress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.provisioningId != null && $Object.hasOwnProperty.call(m, "provisioningId") && m.provisioningId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.provisioningId);
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs") && m.expiresInMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.expiresInMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ProvisioningAddress message, length delimited. Does not implicitly {@link deftalk.v1.ProvisioningAddress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {deftalk.v1.ProvisioningAddress.$Properties} message ProvisioningAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvisioningAddress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProvisioningAddress message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.ProvisioningAddress & deftalk.v1.ProvisioningAddress.$Shape} ProvisioningAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvisioningAddress.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.ProvisioningAddress();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.provisioningId = v;
                            else
                                delete m.provisioningId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.expiresInMs = v;
                            else
                                delete m.expiresInMs;
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
             * Decodes a ProvisioningAddress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProvisioningAddress & deftalk.v1.ProvisioningAddress.$Shape} ProvisioningAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvisioningAddress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProvisioningAddress message.
             * @function verify
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProvisioningAddress.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.provisioningId != null && $Object.hasOwnProperty.call(m, "provisioningId")) {
                    if (!(m.provisioningId && typeof m.provisioningId.length === "number" || $util.isString(m.provisioningId)))
                        return "provisioningId: buffer expected";
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    if (!$util.isInteger(m.expiresInMs))
                        return "expiresInMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a ProvisioningAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.ProvisioningAddress} ProvisioningAddress
             */
            ProvisioningAddress.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.ProvisioningAddress)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.ProvisioningAddress: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.ProvisioningAddress();
                if (d.provisioningId != null) {
                    if (d.provisioningId.length) {
                        if (typeof d.provisioningId === "string")
                            $util.base64.decode(d.provisioningId, m.provisioningId = $util.newBuffer($util.base64.length(d.provisioningId)), 0);
                        else if (d.provisioningId.length >= 0)
                            m.provisioningId = d.provisioningId;
                    }
                }
                if (d.expiresInMs != null) {
                    if ($Number(d.expiresInMs) !== 0) {
                        m.expiresInMs = d.expiresInMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProvisioningAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {deftalk.v1.ProvisioningAddress} m ProvisioningAddress
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProvisioningAddress.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.provisioningId = "";
                    else {
                        d.provisioningId = [];
                        if (o.bytes !== $Array)
                            d.provisioningId = $util.newBuffer(d.provisioningId);
                    }
                    d.expiresInMs = 0;
                }
                if (m.provisioningId != null && $Object.hasOwnProperty.call(m, "provisioningId")) {
                    d.provisioningId = o.bytes === $String ? $util.base64.encode(m.provisioningId, 0, m.provisioningId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.provisioningId) : m.provisioningId;
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    d.expiresInMs = m.expiresInMs;
                }
                return d;
            };

            /**
             * Converts this ProvisioningAddress to JSON.
             * @function toJSON
             * @memberof deftalk.v1.ProvisioningAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProvisioningAddress.prototype.toJSON = function() {
                return ProvisioningAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProvisioningAddress
             * @function getTypeUrl
             * @memberof deftalk.v1.ProvisioningAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProvisioningAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.ProvisioningAddress";
            };

            return ProvisioningAddress;
        })();

        v1.ProvisioningEnvelope = (function() {

            /**
             * Properties of a ProvisioningEnvelope.
             * @typedef {Object} deftalk.v1.ProvisioningEnvelope.$Properties
             * @property {Uint8Array|null} [ephemeralKey] ProvisioningEnvelope ephemeralKey
             * @property {Uint8Array|null} [ciphertext] ProvisioningEnvelope ciphertext
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProvisioningEnvelope.
             * @memberof deftalk.v1
             * @interface IProvisioningEnvelope
             * @augments deftalk.v1.ProvisioningEnvelope.$Properties
             * @deprecated Use deftalk.v1.ProvisioningEnvelope.$Properties instead.
             */

            /**
             * Shape of a ProvisioningEnvelope.
             * @typedef {deftalk.v1.ProvisioningEnvelope.$Properties} deftalk.v1.ProvisioningEnvelope.$Shape
             */

            /**
             * Constructs a new ProvisioningEnvelope.
             * @memberof deftalk.v1
             * @classdesc Represents a ProvisioningEnvelope.
             * @constructor
             * @param {deftalk.v1.ProvisioningEnvelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProvisioningEnvelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProvisioningEnvelope ephemeralKey.
             * @member {Uint8Array} ephemeralKey
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @instance
             */
            ProvisioningEnvelope.prototype.ephemeralKey = $util.newBuffer([]);

            /**
             * ProvisioningEnvelope ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @instance
             */
            ProvisioningEnvelope.prototype.ciphertext = $util.newBuffer([]);

            /**
             * Creates a new ProvisioningEnvelope instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {deftalk.v1.ProvisioningEnvelope.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.ProvisioningEnvelope} ProvisioningEnvelope instance
             * @type {{
             *   (properties: deftalk.v1.ProvisioningEnvelope.$Shape): deftalk.v1.ProvisioningEnvelope & deftalk.v1.ProvisioningEnvelope.$Shape;
             *   (properties?: deftalk.v1.ProvisioningEnvelope.$Properties): deftalk.v1.ProvisioningEnvelope;
             * }}
             */
            ProvisioningEnvelope.create = function(properties) {
                return new ProvisioningEnvelope(properties);
            };

            /**
             * Encodes the specified ProvisioningEnvelope message. Does not implicitly {@link deftalk.v1.ProvisioningEnvelope.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {deftalk.v1.ProvisioningEnvelope.$Properties} m ProvisioningEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvisioningEnvelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ephemeralKey != null && $Object.hasOwnProperty.call(m, "ephemeralKey") && m.ephemeralKey.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.ephemeralKey);
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext") && m.ciphertext.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.ciphertext);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ProvisioningEnvelope message, length delimited. Does not implicitly {@link deftalk.v1.ProvisioningEnvelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {deftalk.v1.ProvisioningEnvelope.$Properties} message ProvisioningEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvisioningEnvelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProvisioningEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.ProvisioningEnvelope & deftalk.v1.ProvisioningEnvelope.$Shape} ProvisioningEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvisioningEnvelope.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.ProvisioningEnvelope();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.ephemeralKey = v;
                            else
                                delete m.ephemeralKey;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.ciphertext = v;
                            else
                                delete m.ciphertext;
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
             * Decodes a ProvisioningEnvelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProvisioningEnvelope & deftalk.v1.ProvisioningEnvelope.$Shape} ProvisioningEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvisioningEnvelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProvisioningEnvelope message.
             * @function verify
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProvisioningEnvelope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ephemeralKey != null && $Object.hasOwnProperty.call(m, "ephemeralKey")) {
                    if (!(m.ephemeralKey && typeof m.ephemeralKey.length === "number" || $util.isString(m.ephemeralKey)))
                        return "ephemeralKey: buffer expected";
                }
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext")) {
                    if (!(m.ciphertext && typeof m.ciphertext.length === "number" || $util.isString(m.ciphertext)))
                        return "ciphertext: buffer expected";
                }
                return null;
            };

            /**
             * Creates a ProvisioningEnvelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.ProvisioningEnvelope} ProvisioningEnvelope
             */
            ProvisioningEnvelope.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.ProvisioningEnvelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.ProvisioningEnvelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.ProvisioningEnvelope();
                if (d.ephemeralKey != null) {
                    if (d.ephemeralKey.length) {
                        if (typeof d.ephemeralKey === "string")
                            $util.base64.decode(d.ephemeralKey, m.ephemeralKey = $util.newBuffer($util.base64.length(d.ephemeralKey)), 0);
                        else if (d.ephemeralKey.length >= 0)
                            m.ephemeralKey = d.ephemeralKey;
                    }
                }
                if (d.ciphertext != null) {
                    if (d.ciphertext.length) {
                        if (typeof d.ciphertext === "string")
                            $util.base64.decode(d.ciphertext, m.ciphertext = $util.newBuffer($util.base64.length(d.ciphertext)), 0);
                        else if (d.ciphertext.length >= 0)
                            m.ciphertext = d.ciphertext;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProvisioningEnvelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {deftalk.v1.ProvisioningEnvelope} m ProvisioningEnvelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProvisioningEnvelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.ephemeralKey = "";
                    else {
                        d.ephemeralKey = [];
                        if (o.bytes !== $Array)
                            d.ephemeralKey = $util.newBuffer(d.ephemeralKey);
                    }
                    if (o.bytes === $String)
                        d.ciphertext = "";
                    else {
                        d.ciphertext = [];
                        if (o.bytes !== $Array)
                            d.ciphertext = $util.newBuffer(d.ciphertext);
                    }
                }
                if (m.ephemeralKey != null && $Object.hasOwnProperty.call(m, "ephemeralKey")) {
                    d.ephemeralKey = o.bytes === $String ? $util.base64.encode(m.ephemeralKey, 0, m.ephemeralKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.ephemeralKey) : m.ephemeralKey;
                }
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext")) {
                    d.ciphertext = o.bytes === $String ? $util.base64.encode(m.ciphertext, 0, m.ciphertext.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.ciphertext) : m.ciphertext;
                }
                return d;
            };

            /**
             * Converts this ProvisioningEnvelope to JSON.
             * @function toJSON
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProvisioningEnvelope.prototype.toJSON = function() {
                return ProvisioningEnvelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProvisioningEnvelope
             * @function getTypeUrl
             * @memberof deftalk.v1.ProvisioningEnvelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProvisioningEnvelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.ProvisioningEnvelope";
            };

            return ProvisioningEnvelope;
        })();

        v1.ProvisioningPayload = (function() {

            /**
             * Properties of a ProvisioningPayload.
             * @typedef {Object} deftalk.v1.ProvisioningPayload.$Properties
             * @property {Uint8Array|null} [accountId] ProvisioningPayload accountId
             * @property {Uint8Array|null} [identitySeed] ProvisioningPayload identitySeed
             * @property {string|null} [linkToken] ProvisioningPayload linkToken
             * @property {deftalk.v1.SignedDeviceList.$Properties|null} [deviceList] ProvisioningPayload deviceList
             * @property {number|null} [nextDeviceId] ProvisioningPayload nextDeviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProvisioningPayload.
             * @memberof deftalk.v1
             * @interface IProvisioningPayload
             * @augments deftalk.v1.ProvisioningPayload.$Properties
             * @deprecated Use deftalk.v1.ProvisioningPayload.$Properties instead.
             */

            /**
             * Shape of a ProvisioningPayload.
             * @typedef {deftalk.v1.ProvisioningPayload.$Properties} deftalk.v1.ProvisioningPayload.$Shape
             */

            /**
             * Constructs a new ProvisioningPayload.
             * @memberof deftalk.v1
             * @classdesc Represents a ProvisioningPayload.
             * @constructor
             * @param {deftalk.v1.ProvisioningPayload.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProvisioningPayload = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProvisioningPayload accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.ProvisioningPayload
             * @instance
             */
            ProvisioningPayload.prototype.accountId = $util.newBuffer([]);

            /**
             * ProvisioningPayload identitySeed.
             * @member {Uint8Array} identitySeed
             * @memberof deftalk.v1.ProvisioningPayload
             * @instance
             */
            ProvisioningPayload.prototype.identitySeed = $util.newBuffer([]);

            /**
             * ProvisioningPayload linkToken.
             * @member {string} linkToken
             * @memberof deftalk.v1.ProvisioningPayload
             * @instance
             */
            ProvisioningPayload.prototype.linkToken = "";

            /**
             * ProvisioningPayload deviceList.
             * @member {deftalk.v1.SignedDeviceList.$Properties|null|undefined} deviceList
             * @memberof deftalk.v1.ProvisioningPayload
             * @instance
             */
            ProvisioningPayload.prototype.deviceList = null;

            /**
             * ProvisioningPayload nextDeviceId.
             * @member {number} nextDeviceId
             * @memberof deftalk.v1.ProvisioningPayload
             * @instance
             */
            ProvisioningPayload.prototype.nextDeviceId = 0;

            /**
             * Creates a new ProvisioningPayload instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {deftalk.v1.ProvisioningPayload.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.ProvisioningPayload} ProvisioningPayload instance
             * @type {{
             *   (properties: deftalk.v1.ProvisioningPayload.$Shape): deftalk.v1.ProvisioningPayload & deftalk.v1.ProvisioningPayload.$Shape;
             *   (properties?: deftalk.v1.ProvisioningPayload.$Properties): deftalk.v1.ProvisioningPayload;
             * }}
             */
            ProvisioningPayload.create = function(properties) {
                return new ProvisioningPayload(properties);
            };

            /**
             * Encodes the specified ProvisioningPayload message. Does not implicitly {@link deftalk.v1.ProvisioningPayload.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {deftalk.v1.ProvisioningPayload.$Properties} m ProvisioningPayload message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvisioningPayload.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.accountId);
                if (m.identitySeed != null && $Object.hasOwnProperty.call(m, "identitySeed") && m.identitySeed.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.identitySeed);
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken") && m.linkToken !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.linkToken);
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList"))
                    $root.deftalk.v1.SignedDeviceList.encode(m.deviceList, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.nextDeviceId != null && $Object.hasOwnProperty.call(m, "nextDeviceId") && m.nextDeviceId !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.nextDeviceId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ProvisioningPayload message, length delimited. Does not implicitly {@link deftalk.v1.ProvisioningPayload.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {deftalk.v1.ProvisioningPayload.$Properties} message ProvisioningPayload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvisioningPayload.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProvisioningPayload message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.ProvisioningPayload & deftalk.v1.ProvisioningPayload.$Shape} ProvisioningPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvisioningPayload.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.ProvisioningPayload();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identitySeed = v;
                            else
                                delete m.identitySeed;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.linkToken = v;
                            else
                                delete m.linkToken;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.deviceList = $root.deftalk.v1.SignedDeviceList.decode(r, r.size(), $undefined, q + 1, m.deviceList);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.nextDeviceId = v;
                            else
                                delete m.nextDeviceId;
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
             * Decodes a ProvisioningPayload message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProvisioningPayload & deftalk.v1.ProvisioningPayload.$Shape} ProvisioningPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvisioningPayload.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProvisioningPayload message.
             * @function verify
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProvisioningPayload.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                if (m.identitySeed != null && $Object.hasOwnProperty.call(m, "identitySeed")) {
                    if (!(m.identitySeed && typeof m.identitySeed.length === "number" || $util.isString(m.identitySeed)))
                        return "identitySeed: buffer expected";
                }
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken")) {
                    if (!$util.isString(m.linkToken))
                        return "linkToken: string expected";
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    {
                        var e = $root.deftalk.v1.SignedDeviceList.verify(m.deviceList, q + 1);
                        if (e)
                            return "deviceList." + e;
                    }
                }
                if (m.nextDeviceId != null && $Object.hasOwnProperty.call(m, "nextDeviceId")) {
                    if (!$util.isInteger(m.nextDeviceId))
                        return "nextDeviceId: integer expected";
                }
                return null;
            };

            /**
             * Creates a ProvisioningPayload message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.ProvisioningPayload} ProvisioningPayload
             */
            ProvisioningPayload.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.ProvisioningPayload)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.ProvisioningPayload: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.ProvisioningPayload();
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                if (d.identitySeed != null) {
                    if (d.identitySeed.length) {
                        if (typeof d.identitySeed === "string")
                            $util.base64.decode(d.identitySeed, m.identitySeed = $util.newBuffer($util.base64.length(d.identitySeed)), 0);
                        else if (d.identitySeed.length >= 0)
                            m.identitySeed = d.identitySeed;
                    }
                }
                if (d.linkToken != null) {
                    if (typeof d.linkToken !== "string" || d.linkToken.length) {
                        m.linkToken = $String(d.linkToken);
                    }
                }
                if (d.deviceList != null) {
                    if (!$util.isObject(d.deviceList))
                        throw $TypeError(".deftalk.v1.ProvisioningPayload.deviceList: object expected");
                    m.deviceList = $root.deftalk.v1.SignedDeviceList.fromObject(d.deviceList, q + 1);
                }
                if (d.nextDeviceId != null) {
                    if ($Number(d.nextDeviceId) !== 0) {
                        m.nextDeviceId = d.nextDeviceId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ProvisioningPayload message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {deftalk.v1.ProvisioningPayload} m ProvisioningPayload
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProvisioningPayload.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                    if (o.bytes === $String)
                        d.identitySeed = "";
                    else {
                        d.identitySeed = [];
                        if (o.bytes !== $Array)
                            d.identitySeed = $util.newBuffer(d.identitySeed);
                    }
                    d.linkToken = "";
                    d.deviceList = null;
                    d.nextDeviceId = 0;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                if (m.identitySeed != null && $Object.hasOwnProperty.call(m, "identitySeed")) {
                    d.identitySeed = o.bytes === $String ? $util.base64.encode(m.identitySeed, 0, m.identitySeed.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.identitySeed) : m.identitySeed;
                }
                if (m.linkToken != null && $Object.hasOwnProperty.call(m, "linkToken")) {
                    d.linkToken = m.linkToken;
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    d.deviceList = $root.deftalk.v1.SignedDeviceList.toObject(m.deviceList, o, q + 1);
                }
                if (m.nextDeviceId != null && $Object.hasOwnProperty.call(m, "nextDeviceId")) {
                    d.nextDeviceId = m.nextDeviceId;
                }
                return d;
            };

            /**
             * Converts this ProvisioningPayload to JSON.
             * @function toJSON
             * @memberof deftalk.v1.ProvisioningPayload
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProvisioningPayload.prototype.toJSON = function() {
                return ProvisioningPayload.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProvisioningPayload
             * @function getTypeUrl
             * @memberof deftalk.v1.ProvisioningPayload
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProvisioningPayload.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.ProvisioningPayload";
            };

            return ProvisioningPayload;
        })();

        v1.AuthChallenge = (function() {

            /**
             * Properties of an AuthChallenge.
             * @typedef {Object} deftalk.v1.AuthChallenge.$Properties
             * @property {Uint8Array|null} [nonce] AuthChallenge nonce
             * @property {number|null} [expiresInMs] AuthChallenge expiresInMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthChallenge.
             * @memberof deftalk.v1
             * @interface IAuthChallenge
             * @augments deftalk.v1.AuthChallenge.$Properties
             * @deprecated Use deftalk.v1.AuthChallenge.$Properties instead.
             */

            /**
             * Shape of an AuthChallenge.
             * @typedef {deftalk.v1.AuthChallenge.$Properties} deftalk.v1.AuthChallenge.$Shape
             */

            /**
             * Constructs a new AuthChallenge.
             * @memberof deftalk.v1
             * @classdesc Represents an AuthChallenge.
             * @constructor
             * @param {deftalk.v1.AuthChallenge.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthChallenge = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AuthChallenge nonce.
             * @member {Uint8Array} nonce
             * @memberof deftalk.v1.AuthChallenge
             * @instance
             */
            AuthChallenge.prototype.nonce = $util.newBuffer([]);

            /**
             * AuthChallenge expiresInMs.
             * @member {number} expiresInMs
             * @memberof deftalk.v1.AuthChallenge
             * @instance
             */
            AuthChallenge.prototype.expiresInMs = 0;

            /**
             * Creates a new AuthChallenge instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {deftalk.v1.AuthChallenge.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.AuthChallenge} AuthChallenge instance
             * @type {{
             *   (properties: deftalk.v1.AuthChallenge.$Shape): deftalk.v1.AuthChallenge & deftalk.v1.AuthChallenge.$Shape;
             *   (properties?: deftalk.v1.AuthChallenge.$Properties): deftalk.v1.AuthChallenge;
             * }}
             */
            AuthChallenge.create = function(properties) {
                return new AuthChallenge(properties);
            };

            /**
             * Encodes the specified AuthChallenge message. Does not implicitly {@link deftalk.v1.AuthChallenge.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {deftalk.v1.AuthChallenge.$Properties} m AuthChallenge message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthChallenge.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.nonce);
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs") && m.expiresInMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.expiresInMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AuthChallenge message, length delimited. Does not implicitly {@link deftalk.v1.AuthChallenge.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {deftalk.v1.AuthChallenge.$Properties} message AuthChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthChallenge.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AuthChallenge message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.AuthChallenge & deftalk.v1.AuthChallenge.$Shape} AuthChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthChallenge.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.AuthChallenge();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.nonce = v;
                            else
                                delete m.nonce;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.expiresInMs = v;
                            else
                                delete m.expiresInMs;
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
             * Decodes an AuthChallenge message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.AuthChallenge & deftalk.v1.AuthChallenge.$Shape} AuthChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthChallenge.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AuthChallenge message.
             * @function verify
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuthChallenge.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    if (!(m.nonce && typeof m.nonce.length === "number" || $util.isString(m.nonce)))
                        return "nonce: buffer expected";
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    if (!$util.isInteger(m.expiresInMs))
                        return "expiresInMs: integer expected";
                }
                return null;
            };

            /**
             * Creates an AuthChallenge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.AuthChallenge} AuthChallenge
             */
            AuthChallenge.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.AuthChallenge)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.AuthChallenge: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.AuthChallenge();
                if (d.nonce != null) {
                    if (d.nonce.length) {
                        if (typeof d.nonce === "string")
                            $util.base64.decode(d.nonce, m.nonce = $util.newBuffer($util.base64.length(d.nonce)), 0);
                        else if (d.nonce.length >= 0)
                            m.nonce = d.nonce;
                    }
                }
                if (d.expiresInMs != null) {
                    if ($Number(d.expiresInMs) !== 0) {
                        m.expiresInMs = d.expiresInMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AuthChallenge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {deftalk.v1.AuthChallenge} m AuthChallenge
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuthChallenge.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.nonce = "";
                    else {
                        d.nonce = [];
                        if (o.bytes !== $Array)
                            d.nonce = $util.newBuffer(d.nonce);
                    }
                    d.expiresInMs = 0;
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    d.nonce = o.bytes === $String ? $util.base64.encode(m.nonce, 0, m.nonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.nonce) : m.nonce;
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    d.expiresInMs = m.expiresInMs;
                }
                return d;
            };

            /**
             * Converts this AuthChallenge to JSON.
             * @function toJSON
             * @memberof deftalk.v1.AuthChallenge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuthChallenge.prototype.toJSON = function() {
                return AuthChallenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuthChallenge
             * @function getTypeUrl
             * @memberof deftalk.v1.AuthChallenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuthChallenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.AuthChallenge";
            };

            return AuthChallenge;
        })();

        v1.TokenRequest = (function() {

            /**
             * Properties of a TokenRequest.
             * @typedef {Object} deftalk.v1.TokenRequest.$Properties
             * @property {Uint8Array|null} [accountId] TokenRequest accountId
             * @property {number|null} [deviceId] TokenRequest deviceId
             * @property {Uint8Array|null} [nonce] TokenRequest nonce
             * @property {Uint8Array|null} [signature] TokenRequest signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenRequest.
             * @memberof deftalk.v1
             * @interface ITokenRequest
             * @augments deftalk.v1.TokenRequest.$Properties
             * @deprecated Use deftalk.v1.TokenRequest.$Properties instead.
             */

            /**
             * Shape of a TokenRequest.
             * @typedef {deftalk.v1.TokenRequest.$Properties} deftalk.v1.TokenRequest.$Shape
             */

            /**
             * Constructs a new TokenRequest.
             * @memberof deftalk.v1
             * @classdesc Represents a TokenRequest.
             * @constructor
             * @param {deftalk.v1.TokenRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TokenRequest accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.TokenRequest
             * @instance
             */
            TokenRequest.prototype.accountId = $util.newBuffer([]);

            /**
             * TokenRequest deviceId.
             * @member {number} deviceId
             * @memberof deftalk.v1.TokenRequest
             * @instance
             */
            TokenRequest.prototype.deviceId = 0;

            /**
             * TokenRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof deftalk.v1.TokenRequest
             * @instance
             */
            TokenRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * TokenRequest signature.
             * @member {Uint8Array} signature
             * @memberof deftalk.v1.TokenRequest
             * @instance
             */
            TokenRequest.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new TokenRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {deftalk.v1.TokenRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.TokenRequest} TokenRequest instance
             * @type {{
             *   (properties: deftalk.v1.TokenRequest.$Shape): deftalk.v1.TokenRequest & deftalk.v1.TokenRequest.$Shape;
             *   (properties?: deftalk.v1.TokenRequest.$Properties): deftalk.v1.TokenRequest;
             * }}
             */
            TokenRequest.create = function(properties) {
                return new TokenRequest(properties);
            };

            /**
             * Encodes the specified TokenRequest message. Does not implicitly {@link deftalk.v1.TokenRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {deftalk.v1.TokenRequest.$Properties} m TokenRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.accountId);
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.deviceId);
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.nonce);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TokenRequest message, length delimited. Does not implicitly {@link deftalk.v1.TokenRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {deftalk.v1.TokenRequest.$Properties} message TokenRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TokenRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.TokenRequest & deftalk.v1.TokenRequest.$Shape} TokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.TokenRequest();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.nonce = v;
                            else
                                delete m.nonce;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
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
             * Decodes a TokenRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.TokenRequest & deftalk.v1.TokenRequest.$Shape} TokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TokenRequest message.
             * @function verify
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TokenRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isInteger(m.deviceId))
                        return "deviceId: integer expected";
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    if (!(m.nonce && typeof m.nonce.length === "number" || $util.isString(m.nonce)))
                        return "nonce: buffer expected";
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                        return "signature: buffer expected";
                }
                return null;
            };

            /**
             * Creates a TokenRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.TokenRequest} TokenRequest
             */
            TokenRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.TokenRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.TokenRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.TokenRequest();
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                if (d.deviceId != null) {
                    if ($Number(d.deviceId) !== 0) {
                        m.deviceId = d.deviceId >>> 0;
                    }
                }
                if (d.nonce != null) {
                    if (d.nonce.length) {
                        if (typeof d.nonce === "string")
                            $util.base64.decode(d.nonce, m.nonce = $util.newBuffer($util.base64.length(d.nonce)), 0);
                        else if (d.nonce.length >= 0)
                            m.nonce = d.nonce;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TokenRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {deftalk.v1.TokenRequest} m TokenRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TokenRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                    d.deviceId = 0;
                    if (o.bytes === $String)
                        d.nonce = "";
                    else {
                        d.nonce = [];
                        if (o.bytes !== $Array)
                            d.nonce = $util.newBuffer(d.nonce);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    d.nonce = o.bytes === $String ? $util.base64.encode(m.nonce, 0, m.nonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.nonce) : m.nonce;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this TokenRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.TokenRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TokenRequest.prototype.toJSON = function() {
                return TokenRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TokenRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.TokenRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.TokenRequest";
            };

            return TokenRequest;
        })();

        v1.AuthToken = (function() {

            /**
             * Properties of an AuthToken.
             * @typedef {Object} deftalk.v1.AuthToken.$Properties
             * @property {string|null} [token] AuthToken token
             * @property {number|null} [expiresInMs] AuthToken expiresInMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthToken.
             * @memberof deftalk.v1
             * @interface IAuthToken
             * @augments deftalk.v1.AuthToken.$Properties
             * @deprecated Use deftalk.v1.AuthToken.$Properties instead.
             */

            /**
             * Shape of an AuthToken.
             * @typedef {deftalk.v1.AuthToken.$Properties} deftalk.v1.AuthToken.$Shape
             */

            /**
             * Constructs a new AuthToken.
             * @memberof deftalk.v1
             * @classdesc Represents an AuthToken.
             * @constructor
             * @param {deftalk.v1.AuthToken.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthToken = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AuthToken token.
             * @member {string} token
             * @memberof deftalk.v1.AuthToken
             * @instance
             */
            AuthToken.prototype.token = "";

            /**
             * AuthToken expiresInMs.
             * @member {number} expiresInMs
             * @memberof deftalk.v1.AuthToken
             * @instance
             */
            AuthToken.prototype.expiresInMs = 0;

            /**
             * Creates a new AuthToken instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {deftalk.v1.AuthToken.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.AuthToken} AuthToken instance
             * @type {{
             *   (properties: deftalk.v1.AuthToken.$Shape): deftalk.v1.AuthToken & deftalk.v1.AuthToken.$Shape;
             *   (properties?: deftalk.v1.AuthToken.$Properties): deftalk.v1.AuthToken;
             * }}
             */
            AuthToken.create = function(properties) {
                return new AuthToken(properties);
            };

            /**
             * Encodes the specified AuthToken message. Does not implicitly {@link deftalk.v1.AuthToken.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {deftalk.v1.AuthToken.$Properties} m AuthToken message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthToken.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.token);
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs") && m.expiresInMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.expiresInMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AuthToken message, length delimited. Does not implicitly {@link deftalk.v1.AuthToken.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {deftalk.v1.AuthToken.$Properties} message AuthToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthToken.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AuthToken message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.AuthToken & deftalk.v1.AuthToken.$Shape} AuthToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthToken.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.AuthToken();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.expiresInMs = v;
                            else
                                delete m.expiresInMs;
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
             * Decodes an AuthToken message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.AuthToken & deftalk.v1.AuthToken.$Shape} AuthToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthToken.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AuthToken message.
             * @function verify
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuthToken.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    if (!$util.isString(m.token))
                        return "token: string expected";
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    if (!$util.isInteger(m.expiresInMs))
                        return "expiresInMs: integer expected";
                }
                return null;
            };

            /**
             * Creates an AuthToken message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.AuthToken} AuthToken
             */
            AuthToken.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.AuthToken)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.AuthToken: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.AuthToken();
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                if (d.expiresInMs != null) {
                    if ($Number(d.expiresInMs) !== 0) {
                        m.expiresInMs = d.expiresInMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AuthToken message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {deftalk.v1.AuthToken} m AuthToken
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuthToken.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.token = "";
                    d.expiresInMs = 0;
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    d.expiresInMs = m.expiresInMs;
                }
                return d;
            };

            /**
             * Converts this AuthToken to JSON.
             * @function toJSON
             * @memberof deftalk.v1.AuthToken
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuthToken.prototype.toJSON = function() {
                return AuthToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuthToken
             * @function getTypeUrl
             * @memberof deftalk.v1.AuthToken
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuthToken.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.AuthToken";
            };

            return AuthToken;
        })();

        v1.EnvelopeRef = (function() {

            /**
             * Properties of an EnvelopeRef.
             * @typedef {Object} deftalk.v1.EnvelopeRef.$Properties
             * @property {Uint8Array|null} [senderAccount] EnvelopeRef senderAccount
             * @property {number|null} [senderDevice] EnvelopeRef senderDevice
             * @property {number|Long|null} [sequence] EnvelopeRef sequence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnvelopeRef.
             * @memberof deftalk.v1
             * @interface IEnvelopeRef
             * @augments deftalk.v1.EnvelopeRef.$Properties
             * @deprecated Use deftalk.v1.EnvelopeRef.$Properties instead.
             */

            /**
             * Shape of an EnvelopeRef.
             * @typedef {deftalk.v1.EnvelopeRef.$Properties} deftalk.v1.EnvelopeRef.$Shape
             */

            /**
             * Constructs a new EnvelopeRef.
             * @memberof deftalk.v1
             * @classdesc Represents an EnvelopeRef.
             * @constructor
             * @param {deftalk.v1.EnvelopeRef.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnvelopeRef = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EnvelopeRef senderAccount.
             * @member {Uint8Array} senderAccount
             * @memberof deftalk.v1.EnvelopeRef
             * @instance
             */
            EnvelopeRef.prototype.senderAccount = $util.newBuffer([]);

            /**
             * EnvelopeRef senderDevice.
             * @member {number} senderDevice
             * @memberof deftalk.v1.EnvelopeRef
             * @instance
             */
            EnvelopeRef.prototype.senderDevice = 0;

            /**
             * EnvelopeRef sequence.
             * @member {number|Long} sequence
             * @memberof deftalk.v1.EnvelopeRef
             * @instance
             */
            EnvelopeRef.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new EnvelopeRef instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {deftalk.v1.EnvelopeRef.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.EnvelopeRef} EnvelopeRef instance
             * @type {{
             *   (properties: deftalk.v1.EnvelopeRef.$Shape): deftalk.v1.EnvelopeRef & deftalk.v1.EnvelopeRef.$Shape;
             *   (properties?: deftalk.v1.EnvelopeRef.$Properties): deftalk.v1.EnvelopeRef;
             * }}
             */
            EnvelopeRef.create = function(properties) {
                return new EnvelopeRef(properties);
            };

            /**
             * Encodes the specified EnvelopeRef message. Does not implicitly {@link deftalk.v1.EnvelopeRef.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {deftalk.v1.EnvelopeRef.$Properties} m EnvelopeRef message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnvelopeRef.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.senderAccount != null && $Object.hasOwnProperty.call(m, "senderAccount") && m.senderAccount.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.senderAccount);
                if (m.senderDevice != null && $Object.hasOwnProperty.call(m, "senderDevice") && m.senderDevice !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.senderDevice);
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && (typeof m.sequence === "object" ? m.sequence.low || m.sequence.high : m.sequence !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.sequence);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EnvelopeRef message, length delimited. Does not implicitly {@link deftalk.v1.EnvelopeRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {deftalk.v1.EnvelopeRef.$Properties} message EnvelopeRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnvelopeRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EnvelopeRef message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.EnvelopeRef & deftalk.v1.EnvelopeRef.$Shape} EnvelopeRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnvelopeRef.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.EnvelopeRef();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.senderAccount = v;
                            else
                                delete m.senderAccount;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.senderDevice = v;
                            else
                                delete m.senderDevice;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequence = v;
                            else
                                delete m.sequence;
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
             * Decodes an EnvelopeRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.EnvelopeRef & deftalk.v1.EnvelopeRef.$Shape} EnvelopeRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnvelopeRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EnvelopeRef message.
             * @function verify
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EnvelopeRef.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.senderAccount != null && $Object.hasOwnProperty.call(m, "senderAccount")) {
                    if (!(m.senderAccount && typeof m.senderAccount.length === "number" || $util.isString(m.senderAccount)))
                        return "senderAccount: buffer expected";
                }
                if (m.senderDevice != null && $Object.hasOwnProperty.call(m, "senderDevice")) {
                    if (!$util.isInteger(m.senderDevice))
                        return "senderDevice: integer expected";
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (!$util.isInteger(m.sequence) && !(m.sequence && $util.isInteger(m.sequence.low) && $util.isInteger(m.sequence.high)))
                        return "sequence: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an EnvelopeRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.EnvelopeRef} EnvelopeRef
             */
            EnvelopeRef.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.EnvelopeRef)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.EnvelopeRef: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.EnvelopeRef();
                if (d.senderAccount != null) {
                    if (d.senderAccount.length) {
                        if (typeof d.senderAccount === "string")
                            $util.base64.decode(d.senderAccount, m.senderAccount = $util.newBuffer($util.base64.length(d.senderAccount)), 0);
                        else if (d.senderAccount.length >= 0)
                            m.senderAccount = d.senderAccount;
                    }
                }
                if (d.senderDevice != null) {
                    if ($Number(d.senderDevice) !== 0) {
                        m.senderDevice = d.senderDevice >>> 0;
                    }
                }
                if (d.sequence != null) {
                    if (typeof d.sequence === "object" ? d.sequence.low || d.sequence.high : $Number(d.sequence) !== 0) {
                        if ($util.Long)
                            m.sequence = $util.Long.fromValue(d.sequence, true);
                        else if (typeof d.sequence === "string")
                            m.sequence = $parseInt(d.sequence, 10);
                        else if (typeof d.sequence === "number")
                            m.sequence = d.sequence;
                        else if (typeof d.sequence === "object")
                            m.sequence = new $util.LongBits(d.sequence.low >>> 0, d.sequence.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EnvelopeRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {deftalk.v1.EnvelopeRef} m EnvelopeRef
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnvelopeRef.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.senderAccount = "";
                    else {
                        d.senderAccount = [];
                        if (o.bytes !== $Array)
                            d.senderAccount = $util.newBuffer(d.senderAccount);
                    }
                    d.senderDevice = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.senderAccount != null && $Object.hasOwnProperty.call(m, "senderAccount")) {
                    d.senderAccount = o.bytes === $String ? $util.base64.encode(m.senderAccount, 0, m.senderAccount.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.senderAccount) : m.senderAccount;
                }
                if (m.senderDevice != null && $Object.hasOwnProperty.call(m, "senderDevice")) {
                    d.senderDevice = m.senderDevice;
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequence = typeof m.sequence === "number" ? $BigInt(m.sequence) : $util.Long.fromBits(m.sequence.low >>> 0, m.sequence.high >>> 0, true).toBigInt();
                    else if (typeof m.sequence === "number")
                        d.sequence = o.longs === $String ? $String(m.sequence) : m.sequence;
                    else
                        d.sequence = o.longs === $String ? $util.Long.prototype.toString.call(m.sequence) : o.longs === $Number ? new $util.LongBits(m.sequence.low >>> 0, m.sequence.high >>> 0).toNumber(true) : m.sequence;
                }
                return d;
            };

            /**
             * Converts this EnvelopeRef to JSON.
             * @function toJSON
             * @memberof deftalk.v1.EnvelopeRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnvelopeRef.prototype.toJSON = function() {
                return EnvelopeRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EnvelopeRef
             * @function getTypeUrl
             * @memberof deftalk.v1.EnvelopeRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EnvelopeRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.EnvelopeRef";
            };

            return EnvelopeRef;
        })();

        v1.Text = (function() {

            /**
             * Properties of a Text.
             * @typedef {Object} deftalk.v1.Text.$Properties
             * @property {string|null} [body] Text body
             * @property {number|Long|null} [sentAtMs] Text sentAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Text.
             * @memberof deftalk.v1
             * @interface IText
             * @augments deftalk.v1.Text.$Properties
             * @deprecated Use deftalk.v1.Text.$Properties instead.
             */

            /**
             * Shape of a Text.
             * @typedef {deftalk.v1.Text.$Properties} deftalk.v1.Text.$Shape
             */

            /**
             * Constructs a new Text.
             * @memberof deftalk.v1
             * @classdesc Represents a Text.
             * @constructor
             * @param {deftalk.v1.Text.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Text = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Text body.
             * @member {string} body
             * @memberof deftalk.v1.Text
             * @instance
             */
            Text.prototype.body = "";

            /**
             * Text sentAtMs.
             * @member {number|Long} sentAtMs
             * @memberof deftalk.v1.Text
             * @instance
             */
            Text.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Text instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Text
             * @static
             * @param {deftalk.v1.Text.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Text} Text instance
             * @type {{
             *   (properties: deftalk.v1.Text.$Shape): deftalk.v1.Text & deftalk.v1.Text.$Shape;
             *   (properties?: deftalk.v1.Text.$Properties): deftalk.v1.Text;
             * }}
             */
            Text.create = function(properties) {
                return new Text(properties);
            };

            /**
             * Encodes the specified Text message. Does not implicitly {@link deftalk.v1.Text.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Text
             * @static
             * @param {deftalk.v1.Text.$Properties} m Text message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Text.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.body);
                if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs") && (typeof m.sentAtMs === "object" ? m.sentAtMs.low || m.sentAtMs.high : m.sentAtMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.sentAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Text message, length delimited. Does not implicitly {@link deftalk.v1.Text.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Text
             * @static
             * @param {deftalk.v1.Text.$Properties} message Text message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Text.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Text message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Text
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Text & deftalk.v1.Text.$Shape} Text
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Text.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.Text();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.body = v;
                            else
                                delete m.body;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sentAtMs = v;
                            else
                                delete m.sentAtMs;
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
             * Decodes a Text message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Text
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Text & deftalk.v1.Text.$Shape} Text
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Text.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Text message.
             * @function verify
             * @memberof deftalk.v1.Text
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Text.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    if (!$util.isString(m.body))
                        return "body: string expected";
                }
                if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs")) {
                    if (!$util.isInteger(m.sentAtMs) && !(m.sentAtMs && $util.isInteger(m.sentAtMs.low) && $util.isInteger(m.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Text message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Text
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Text} Text
             */
            Text.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Text)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Text: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Text();
                if (d.body != null) {
                    if (typeof d.body !== "string" || d.body.length) {
                        m.body = $String(d.body);
                    }
                }
                if (d.sentAtMs != null) {
                    if (typeof d.sentAtMs === "object" ? d.sentAtMs.low || d.sentAtMs.high : $Number(d.sentAtMs) !== 0) {
                        if ($util.Long)
                            m.sentAtMs = $util.Long.fromValue(d.sentAtMs, true);
                        else if (typeof d.sentAtMs === "string")
                            m.sentAtMs = $parseInt(d.sentAtMs, 10);
                        else if (typeof d.sentAtMs === "number")
                            m.sentAtMs = d.sentAtMs;
                        else if (typeof d.sentAtMs === "object")
                            m.sentAtMs = new $util.LongBits(d.sentAtMs.low >>> 0, d.sentAtMs.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Text message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Text
             * @static
             * @param {deftalk.v1.Text} m Text
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Text.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.body = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sentAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sentAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    d.body = m.body;
                }
                if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sentAtMs = typeof m.sentAtMs === "number" ? $BigInt(m.sentAtMs) : $util.Long.fromBits(m.sentAtMs.low >>> 0, m.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof m.sentAtMs === "number")
                        d.sentAtMs = o.longs === $String ? $String(m.sentAtMs) : m.sentAtMs;
                    else
                        d.sentAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sentAtMs) : o.longs === $Number ? new $util.LongBits(m.sentAtMs.low >>> 0, m.sentAtMs.high >>> 0).toNumber(true) : m.sentAtMs;
                }
                return d;
            };

            /**
             * Converts this Text to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Text
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Text.prototype.toJSON = function() {
                return Text.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Text
             * @function getTypeUrl
             * @memberof deftalk.v1.Text
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Text.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Text";
            };

            return Text;
        })();

        /**
         * ReceiptType enum.
         * @name deftalk.v1.ReceiptType
         * @enum {number}
         * @property {number} RECEIPT_TYPE_UNSPECIFIED=0 RECEIPT_TYPE_UNSPECIFIED value
         * @property {number} RECEIPT_TYPE_DELIVERED=1 RECEIPT_TYPE_DELIVERED value
         * @property {number} RECEIPT_TYPE_READ=2 RECEIPT_TYPE_READ value
         */
        v1.ReceiptType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECEIPT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECEIPT_TYPE_DELIVERED"] = 1;
            values[valuesById[2] = "RECEIPT_TYPE_READ"] = 2;
            return values;
        })();

        v1.Receipt = (function() {

            /**
             * Properties of a Receipt.
             * @typedef {Object} deftalk.v1.Receipt.$Properties
             * @property {deftalk.v1.ReceiptType|null} [type] Receipt type
             * @property {Array.<deftalk.v1.EnvelopeRef.$Properties>|null} [envelopes] Receipt envelopes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Receipt.
             * @memberof deftalk.v1
             * @interface IReceipt
             * @augments deftalk.v1.Receipt.$Properties
             * @deprecated Use deftalk.v1.Receipt.$Properties instead.
             */

            /**
             * Shape of a Receipt.
             * @typedef {deftalk.v1.Receipt.$Properties} deftalk.v1.Receipt.$Shape
             */

            /**
             * Constructs a new Receipt.
             * @memberof deftalk.v1
             * @classdesc Represents a Receipt.
             * @constructor
             * @param {deftalk.v1.Receipt.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Receipt = function (p) {
                this.envelopes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Receipt type.
             * @member {deftalk.v1.ReceiptType} type
             * @memberof deftalk.v1.Receipt
             * @instance
             */
            Receipt.prototype.type = 0;

            /**
             * Receipt envelopes.
             * @member {Array.<deftalk.v1.EnvelopeRef.$Properties>} envelopes
             * @memberof deftalk.v1.Receipt
             * @instance
             */
            Receipt.prototype.envelopes = $util.emptyArray;

            /**
             * Creates a new Receipt instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {deftalk.v1.Receipt.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Receipt} Receipt instance
             * @type {{
             *   (properties: deftalk.v1.Receipt.$Shape): deftalk.v1.Receipt & deftalk.v1.Receipt.$Shape;
             *   (properties?: deftalk.v1.Receipt.$Properties): deftalk.v1.Receipt;
             * }}
             */
            Receipt.create = function(properties) {
                return new Receipt(properties);
            };

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link deftalk.v1.Receipt.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {deftalk.v1.Receipt.$Properties} m Receipt message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                if (m.envelopes != null && m.envelopes.length) {
                    for (var i = 0; i < m.envelopes.length; ++i)
                        $root.deftalk.v1.EnvelopeRef.encode(m.envelopes[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Receipt message, length delimited. Does not implicitly {@link deftalk.v1.Receipt.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {deftalk.v1.Receipt.$Properties} message Receipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Receipt & deftalk.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.Receipt();
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
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.envelopes && m.envelopes.length))
                                m.envelopes = [];
                            m.envelopes.push($root.deftalk.v1.EnvelopeRef.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a Receipt message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Receipt & deftalk.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Receipt message.
             * @function verify
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Receipt.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.envelopes != null && $Object.hasOwnProperty.call(m, "envelopes")) {
                    if (!$Array.isArray(m.envelopes))
                        return "envelopes: array expected";
                    for (var i = 0; i < m.envelopes.length; ++i) {
                        {
                            var e = $root.deftalk.v1.EnvelopeRef.verify(m.envelopes[i], q + 1);
                            if (e)
                                return "envelopes." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Receipt} Receipt
             */
            Receipt.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Receipt)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Receipt: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Receipt();
                if (d.type !== 0 && (typeof d.type !== "string" || $root.deftalk.v1.ReceiptType[d.type] !== 0)) {
                    switch (d.type) {
                    case "RECEIPT_TYPE_UNSPECIFIED":
                    case 0:
                        m.type = 0;
                        break;
                    case "RECEIPT_TYPE_DELIVERED":
                    case 1:
                        m.type = 1;
                        break;
                    case "RECEIPT_TYPE_READ":
                    case 2:
                        m.type = 2;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.envelopes) {
                    if (!$Array.isArray(d.envelopes))
                        throw $TypeError(".deftalk.v1.Receipt.envelopes: array expected");
                    m.envelopes = $Array(d.envelopes.length);
                    for (var i = 0; i < d.envelopes.length; ++i) {
                        if (!$util.isObject(d.envelopes[i]))
                            throw $TypeError(".deftalk.v1.Receipt.envelopes: object expected");
                        m.envelopes[i] = $root.deftalk.v1.EnvelopeRef.fromObject(d.envelopes[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {deftalk.v1.Receipt} m Receipt
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Receipt.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.envelopes = [];
                }
                if (o.defaults) {
                    d.type = o.enums === $String ? "RECEIPT_TYPE_UNSPECIFIED" : 0;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.deftalk.v1.ReceiptType[m.type] === $undefined ? m.type : $root.deftalk.v1.ReceiptType[m.type] : m.type;
                }
                if (m.envelopes && m.envelopes.length) {
                    d.envelopes = $Array(m.envelopes.length);
                    for (var j = 0; j < m.envelopes.length; ++j) {
                        d.envelopes[j] = $root.deftalk.v1.EnvelopeRef.toObject(m.envelopes[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Receipt to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Receipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Receipt.prototype.toJSON = function() {
                return Receipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Receipt
             * @function getTypeUrl
             * @memberof deftalk.v1.Receipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Receipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Receipt";
            };

            return Receipt;
        })();

        v1.Typing = (function() {

            /**
             * Properties of a Typing.
             * @typedef {Object} deftalk.v1.Typing.$Properties
             * @property {boolean|null} [started] Typing started
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Typing.
             * @memberof deftalk.v1
             * @interface ITyping
             * @augments deftalk.v1.Typing.$Properties
             * @deprecated Use deftalk.v1.Typing.$Properties instead.
             */

            /**
             * Shape of a Typing.
             * @typedef {deftalk.v1.Typing.$Properties} deftalk.v1.Typing.$Shape
             */

            /**
             * Constructs a new Typing.
             * @memberof deftalk.v1
             * @classdesc Represents a Typing.
             * @constructor
             * @param {deftalk.v1.Typing.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Typing = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Typing started.
             * @member {boolean} started
             * @memberof deftalk.v1.Typing
             * @instance
             */
            Typing.prototype.started = false;

            /**
             * Creates a new Typing instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Typing
             * @static
             * @param {deftalk.v1.Typing.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Typing} Typing instance
             * @type {{
             *   (properties: deftalk.v1.Typing.$Shape): deftalk.v1.Typing & deftalk.v1.Typing.$Shape;
             *   (properties?: deftalk.v1.Typing.$Properties): deftalk.v1.Typing;
             * }}
             */
            Typing.create = function(properties) {
                return new Typing(properties);
            };

            /**
             * Encodes the specified Typing message. Does not implicitly {@link deftalk.v1.Typing.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Typing
             * @static
             * @param {deftalk.v1.Typing.$Properties} m Typing message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.started != null && $Object.hasOwnProperty.call(m, "started") && m.started !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.started);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Typing message, length delimited. Does not implicitly {@link deftalk.v1.Typing.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Typing
             * @static
             * @param {deftalk.v1.Typing.$Properties} message Typing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Typing & deftalk.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.Typing();
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
                            if (v = r.bool())
                                m.started = v;
                            else
                                delete m.started;
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
             * Decodes a Typing message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Typing & deftalk.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Typing message.
             * @function verify
             * @memberof deftalk.v1.Typing
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Typing.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.started != null && $Object.hasOwnProperty.call(m, "started")) {
                    if (typeof m.started !== "boolean")
                        return "started: boolean expected";
                }
                return null;
            };

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Typing
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Typing} Typing
             */
            Typing.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Typing)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Typing: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Typing();
                if (d.started != null) {
                    if (d.started) {
                        m.started = $Boolean(d.started);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Typing
             * @static
             * @param {deftalk.v1.Typing} m Typing
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Typing.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.started = false;
                }
                if (m.started != null && $Object.hasOwnProperty.call(m, "started")) {
                    d.started = m.started;
                }
                return d;
            };

            /**
             * Converts this Typing to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Typing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Typing.prototype.toJSON = function() {
                return Typing.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Typing
             * @function getTypeUrl
             * @memberof deftalk.v1.Typing
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Typing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Typing";
            };

            return Typing;
        })();

        v1.SyncTranscript = (function() {

            /**
             * Properties of a SyncTranscript.
             * @typedef {Object} deftalk.v1.SyncTranscript.$Properties
             * @property {Uint8Array|null} [recipient] SyncTranscript recipient
             * @property {deftalk.v1.Content.$Properties|null} [content] SyncTranscript content
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncTranscript.
             * @memberof deftalk.v1
             * @interface ISyncTranscript
             * @augments deftalk.v1.SyncTranscript.$Properties
             * @deprecated Use deftalk.v1.SyncTranscript.$Properties instead.
             */

            /**
             * Shape of a SyncTranscript.
             * @typedef {{
             *   recipient?: Uint8Array|null;
             *   content?: deftalk.v1.Content.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} deftalk.v1.SyncTranscript.$Shape
             */

            /**
             * Constructs a new SyncTranscript.
             * @memberof deftalk.v1
             * @classdesc Represents a SyncTranscript.
             * @constructor
             * @param {deftalk.v1.SyncTranscript.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncTranscript = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SyncTranscript recipient.
             * @member {Uint8Array} recipient
             * @memberof deftalk.v1.SyncTranscript
             * @instance
             */
            SyncTranscript.prototype.recipient = $util.newBuffer([]);

            /**
             * SyncTranscript content.
             * @member {deftalk.v1.Content.$Properties|null|undefined} content
             * @memberof deftalk.v1.SyncTranscript
             * @instance
             */
            SyncTranscript.prototype.content = null;

            /**
             * Creates a new SyncTranscript instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {deftalk.v1.SyncTranscript.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.SyncTranscript} SyncTranscript instance
             * @type {{
             *   (properties: deftalk.v1.SyncTranscript.$Shape): deftalk.v1.SyncTranscript & deftalk.v1.SyncTranscript.$Shape;
             *   (properties?: deftalk.v1.SyncTranscript.$Properties): deftalk.v1.SyncTranscript;
             * }}
             */
            SyncTranscript.create = function(properties) {
                return new SyncTranscript(properties);
            };

            /**
             * Encodes the specified SyncTranscript message. Does not implicitly {@link deftalk.v1.SyncTranscript.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {deftalk.v1.SyncTranscript.$Properties} m SyncTranscript message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncTranscript.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.recipient != null && $Object.hasOwnProperty.call(m, "recipient") && m.recipient.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.recipient);
                if (m.content != null && $Object.hasOwnProperty.call(m, "content"))
                    $root.deftalk.v1.Content.encode(m.content, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SyncTranscript message, length delimited. Does not implicitly {@link deftalk.v1.SyncTranscript.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {deftalk.v1.SyncTranscript.$Properties} message SyncTranscript message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncTranscript.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SyncTranscript message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.SyncTranscript & deftalk.v1.SyncTranscript.$Shape} SyncTranscript
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncTranscript.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.SyncTranscript();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.recipient = v;
                            else
                                delete m.recipient;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.content = $root.deftalk.v1.Content.decode(r, r.size(), $undefined, q + 1, m.content);
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
             * Decodes a SyncTranscript message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.SyncTranscript & deftalk.v1.SyncTranscript.$Shape} SyncTranscript
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncTranscript.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SyncTranscript message.
             * @function verify
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncTranscript.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.recipient != null && $Object.hasOwnProperty.call(m, "recipient")) {
                    if (!(m.recipient && typeof m.recipient.length === "number" || $util.isString(m.recipient)))
                        return "recipient: buffer expected";
                }
                if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                    {
                        var e = $root.deftalk.v1.Content.verify(m.content, q + 1);
                        if (e)
                            return "content." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a SyncTranscript message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.SyncTranscript} SyncTranscript
             */
            SyncTranscript.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.SyncTranscript)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.SyncTranscript: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.SyncTranscript();
                if (d.recipient != null) {
                    if (d.recipient.length) {
                        if (typeof d.recipient === "string")
                            $util.base64.decode(d.recipient, m.recipient = $util.newBuffer($util.base64.length(d.recipient)), 0);
                        else if (d.recipient.length >= 0)
                            m.recipient = d.recipient;
                    }
                }
                if (d.content != null) {
                    if (!$util.isObject(d.content))
                        throw $TypeError(".deftalk.v1.SyncTranscript.content: object expected");
                    m.content = $root.deftalk.v1.Content.fromObject(d.content, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SyncTranscript message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {deftalk.v1.SyncTranscript} m SyncTranscript
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncTranscript.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.recipient = "";
                    else {
                        d.recipient = [];
                        if (o.bytes !== $Array)
                            d.recipient = $util.newBuffer(d.recipient);
                    }
                    d.content = null;
                }
                if (m.recipient != null && $Object.hasOwnProperty.call(m, "recipient")) {
                    d.recipient = o.bytes === $String ? $util.base64.encode(m.recipient, 0, m.recipient.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.recipient) : m.recipient;
                }
                if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                    d.content = $root.deftalk.v1.Content.toObject(m.content, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this SyncTranscript to JSON.
             * @function toJSON
             * @memberof deftalk.v1.SyncTranscript
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncTranscript.prototype.toJSON = function() {
                return SyncTranscript.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncTranscript
             * @function getTypeUrl
             * @memberof deftalk.v1.SyncTranscript
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncTranscript.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.SyncTranscript";
            };

            return SyncTranscript;
        })();

        v1.Content = (function() {

            /**
             * Properties of a Content.
             * @typedef {Object} deftalk.v1.Content.$Properties
             * @property {deftalk.v1.Text.$Properties|null} [text] Content text
             * @property {deftalk.v1.Receipt.$Properties|null} [receipt] Content receipt
             * @property {deftalk.v1.Typing.$Properties|null} [typing] Content typing
             * @property {deftalk.v1.SyncTranscript.$Properties|null} [sync] Content sync
             * @property {"text"|"receipt"|"typing"|"sync"} [body] Content body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Content.
             * @memberof deftalk.v1
             * @interface IContent
             * @augments deftalk.v1.Content.$Properties
             * @deprecated Use deftalk.v1.Content.$Properties instead.
             */

            /**
             * Narrowed shape of a Content.
             * @typedef {{
             *   text?: deftalk.v1.Text.$Shape|null;
             *   receipt?: deftalk.v1.Receipt.$Shape|null;
             *   typing?: deftalk.v1.Typing.$Shape|null;
             *   sync?: deftalk.v1.SyncTranscript.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; text?: null; receipt?: null; typing?: null; sync?: null }|{ body?: "text"; text: deftalk.v1.Text.$Shape; receipt?: null; typing?: null; sync?: null }|{ body?: "receipt"; text?: null; receipt: deftalk.v1.Receipt.$Shape; typing?: null; sync?: null }|{ body?: "typing"; text?: null; receipt?: null; typing: deftalk.v1.Typing.$Shape; sync?: null }|{ body?: "sync"; text?: null; receipt?: null; typing?: null; sync: deftalk.v1.SyncTranscript.$Shape })
             * )} deftalk.v1.Content.$Shape
             */

            /**
             * Constructs a new Content.
             * @memberof deftalk.v1
             * @classdesc Represents a Content.
             * @constructor
             * @param {deftalk.v1.Content.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Content = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Content text.
             * @member {deftalk.v1.Text.$Properties|null|undefined} text
             * @memberof deftalk.v1.Content
             * @instance
             */
            Content.prototype.text = null;

            /**
             * Content receipt.
             * @member {deftalk.v1.Receipt.$Properties|null|undefined} receipt
             * @memberof deftalk.v1.Content
             * @instance
             */
            Content.prototype.receipt = null;

            /**
             * Content typing.
             * @member {deftalk.v1.Typing.$Properties|null|undefined} typing
             * @memberof deftalk.v1.Content
             * @instance
             */
            Content.prototype.typing = null;

            /**
             * Content sync.
             * @member {deftalk.v1.SyncTranscript.$Properties|null|undefined} sync
             * @memberof deftalk.v1.Content
             * @instance
             */
            Content.prototype.sync = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Content body.
             * @member {"text"|"receipt"|"typing"|"sync"|undefined} body
             * @memberof deftalk.v1.Content
             * @instance
             */
            $Object.defineProperty(Content.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["text", "receipt", "typing", "sync"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Content instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Content
             * @static
             * @param {deftalk.v1.Content.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Content} Content instance
             * @type {{
             *   (properties: deftalk.v1.Content.$Shape): deftalk.v1.Content & deftalk.v1.Content.$Shape;
             *   (properties?: deftalk.v1.Content.$Properties): deftalk.v1.Content;
             * }}
             */
            Content.create = function(properties) {
                return new Content(properties);
            };

            /**
             * Encodes the specified Content message. Does not implicitly {@link deftalk.v1.Content.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Content
             * @static
             * @param {deftalk.v1.Content.$Properties} m Content message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Content.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.text != null && $Object.hasOwnProperty.call(m, "text"))
                    $root.deftalk.v1.Text.encode(m.text, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.receipt != null && $Object.hasOwnProperty.call(m, "receipt"))
                    $root.deftalk.v1.Receipt.encode(m.receipt, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing"))
                    $root.deftalk.v1.Typing.encode(m.typing, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync"))
                    $root.deftalk.v1.SyncTranscript.encode(m.sync, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Content message, length delimited. Does not implicitly {@link deftalk.v1.Content.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Content
             * @static
             * @param {deftalk.v1.Content.$Properties} message Content message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Content.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Content message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Content
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Content & deftalk.v1.Content.$Shape} Content
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Content.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.Content();
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
                            if (u !== 2)
                                break;
                            m.text = $root.deftalk.v1.Text.decode(r, r.size(), $undefined, q + 1, m.text);
                            m.body = "text";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.receipt = $root.deftalk.v1.Receipt.decode(r, r.size(), $undefined, q + 1, m.receipt);
                            m.body = "receipt";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.typing = $root.deftalk.v1.Typing.decode(r, r.size(), $undefined, q + 1, m.typing);
                            m.body = "typing";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.sync = $root.deftalk.v1.SyncTranscript.decode(r, r.size(), $undefined, q + 1, m.sync);
                            m.body = "sync";
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
             * Decodes a Content message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Content
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Content & deftalk.v1.Content.$Shape} Content
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Content.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Content message.
             * @function verify
             * @memberof deftalk.v1.Content
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Content.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    p.body = 1;
                    {
                        var e = $root.deftalk.v1.Text.verify(m.text, q + 1);
                        if (e)
                            return "text." + e;
                    }
                }
                if (m.receipt != null && $Object.hasOwnProperty.call(m, "receipt")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.deftalk.v1.Receipt.verify(m.receipt, q + 1);
                        if (e)
                            return "receipt." + e;
                    }
                }
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.deftalk.v1.Typing.verify(m.typing, q + 1);
                        if (e)
                            return "typing." + e;
                    }
                }
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.deftalk.v1.SyncTranscript.verify(m.sync, q + 1);
                        if (e)
                            return "sync." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Content message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Content
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Content} Content
             */
            Content.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Content)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Content: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Content();
                if (d.text != null) {
                    if (!$util.isObject(d.text))
                        throw $TypeError(".deftalk.v1.Content.text: object expected");
                    m.text = $root.deftalk.v1.Text.fromObject(d.text, q + 1);
                }
                if (d.receipt != null) {
                    if (!$util.isObject(d.receipt))
                        throw $TypeError(".deftalk.v1.Content.receipt: object expected");
                    m.receipt = $root.deftalk.v1.Receipt.fromObject(d.receipt, q + 1);
                }
                if (d.typing != null) {
                    if (!$util.isObject(d.typing))
                        throw $TypeError(".deftalk.v1.Content.typing: object expected");
                    m.typing = $root.deftalk.v1.Typing.fromObject(d.typing, q + 1);
                }
                if (d.sync != null) {
                    if (!$util.isObject(d.sync))
                        throw $TypeError(".deftalk.v1.Content.sync: object expected");
                    m.sync = $root.deftalk.v1.SyncTranscript.fromObject(d.sync, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Content message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Content
             * @static
             * @param {deftalk.v1.Content} m Content
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Content.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = $root.deftalk.v1.Text.toObject(m.text, o, q + 1);
                    if (o.oneofs)
                        d.body = "text";
                }
                if (m.receipt != null && $Object.hasOwnProperty.call(m, "receipt")) {
                    d.receipt = $root.deftalk.v1.Receipt.toObject(m.receipt, o, q + 1);
                    if (o.oneofs)
                        d.body = "receipt";
                }
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing")) {
                    d.typing = $root.deftalk.v1.Typing.toObject(m.typing, o, q + 1);
                    if (o.oneofs)
                        d.body = "typing";
                }
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync")) {
                    d.sync = $root.deftalk.v1.SyncTranscript.toObject(m.sync, o, q + 1);
                    if (o.oneofs)
                        d.body = "sync";
                }
                return d;
            };

            /**
             * Converts this Content to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Content
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Content.prototype.toJSON = function() {
                return Content.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Content
             * @function getTypeUrl
             * @memberof deftalk.v1.Content
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Content.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Content";
            };

            return Content;
        })();

        v1.DeliveryAddress = (function() {

            /**
             * Properties of a DeliveryAddress.
             * @typedef {Object} deftalk.v1.DeliveryAddress.$Properties
             * @property {Uint8Array|null} [accountId] DeliveryAddress accountId
             * @property {number|null} [deviceId] DeliveryAddress deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeliveryAddress.
             * @memberof deftalk.v1
             * @interface IDeliveryAddress
             * @augments deftalk.v1.DeliveryAddress.$Properties
             * @deprecated Use deftalk.v1.DeliveryAddress.$Properties instead.
             */

            /**
             * Shape of a DeliveryAddress.
             * @typedef {deftalk.v1.DeliveryAddress.$Properties} deftalk.v1.DeliveryAddress.$Shape
             */

            /**
             * Constructs a new DeliveryAddress.
             * @memberof deftalk.v1
             * @classdesc Represents a DeliveryAddress.
             * @constructor
             * @param {deftalk.v1.DeliveryAddress.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeliveryAddress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeliveryAddress accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.DeliveryAddress
             * @instance
             */
            DeliveryAddress.prototype.accountId = $util.newBuffer([]);

            /**
             * DeliveryAddress deviceId.
             * @member {number} deviceId
             * @memberof deftalk.v1.DeliveryAddress
             * @instance
             */
            DeliveryAddress.prototype.deviceId = 0;

            /**
             * Creates a new DeliveryAddress instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {deftalk.v1.DeliveryAddress.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DeliveryAddress} DeliveryAddress instance
             * @type {{
             *   (properties: deftalk.v1.DeliveryAddress.$Shape): deftalk.v1.DeliveryAddress & deftalk.v1.DeliveryAddress.$Shape;
             *   (properties?: deftalk.v1.DeliveryAddress.$Properties): deftalk.v1.DeliveryAddress;
             * }}
             */
            DeliveryAddress.create = function(properties) {
                return new DeliveryAddress(properties);
            };

            /**
             * Encodes the specified DeliveryAddress message. Does not implicitly {@link deftalk.v1.DeliveryAddress.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {deftalk.v1.DeliveryAddress.$Properties} m DeliveryAddress message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeliveryAddress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.accountId);
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.deviceId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeliveryAddress message, length delimited. Does not implicitly {@link deftalk.v1.DeliveryAddress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {deftalk.v1.DeliveryAddress.$Properties} message DeliveryAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeliveryAddress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeliveryAddress message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DeliveryAddress & deftalk.v1.DeliveryAddress.$Shape} DeliveryAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeliveryAddress.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.DeliveryAddress();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.deviceId = v;
                            else
                                delete m.deviceId;
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
             * Decodes a DeliveryAddress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeliveryAddress & deftalk.v1.DeliveryAddress.$Shape} DeliveryAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeliveryAddress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeliveryAddress message.
             * @function verify
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeliveryAddress.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isInteger(m.deviceId))
                        return "deviceId: integer expected";
                }
                return null;
            };

            /**
             * Creates a DeliveryAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DeliveryAddress} DeliveryAddress
             */
            DeliveryAddress.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DeliveryAddress)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DeliveryAddress: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DeliveryAddress();
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                if (d.deviceId != null) {
                    if ($Number(d.deviceId) !== 0) {
                        m.deviceId = d.deviceId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeliveryAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {deftalk.v1.DeliveryAddress} m DeliveryAddress
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeliveryAddress.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                    d.deviceId = 0;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                return d;
            };

            /**
             * Converts this DeliveryAddress to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DeliveryAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeliveryAddress.prototype.toJSON = function() {
                return DeliveryAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeliveryAddress
             * @function getTypeUrl
             * @memberof deftalk.v1.DeliveryAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeliveryAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DeliveryAddress";
            };

            return DeliveryAddress;
        })();

        v1.DeviceCopy = (function() {

            /**
             * Properties of a DeviceCopy.
             * @typedef {Object} deftalk.v1.DeviceCopy.$Properties
             * @property {deftalk.v1.DeliveryAddress.$Properties|null} [device] DeviceCopy device
             * @property {Uint8Array|null} [ciphertext] DeviceCopy ciphertext
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceCopy.
             * @memberof deftalk.v1
             * @interface IDeviceCopy
             * @augments deftalk.v1.DeviceCopy.$Properties
             * @deprecated Use deftalk.v1.DeviceCopy.$Properties instead.
             */

            /**
             * Shape of a DeviceCopy.
             * @typedef {deftalk.v1.DeviceCopy.$Properties} deftalk.v1.DeviceCopy.$Shape
             */

            /**
             * Constructs a new DeviceCopy.
             * @memberof deftalk.v1
             * @classdesc Represents a DeviceCopy.
             * @constructor
             * @param {deftalk.v1.DeviceCopy.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceCopy = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceCopy device.
             * @member {deftalk.v1.DeliveryAddress.$Properties|null|undefined} device
             * @memberof deftalk.v1.DeviceCopy
             * @instance
             */
            DeviceCopy.prototype.device = null;

            /**
             * DeviceCopy ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof deftalk.v1.DeviceCopy
             * @instance
             */
            DeviceCopy.prototype.ciphertext = $util.newBuffer([]);

            /**
             * Creates a new DeviceCopy instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {deftalk.v1.DeviceCopy.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DeviceCopy} DeviceCopy instance
             * @type {{
             *   (properties: deftalk.v1.DeviceCopy.$Shape): deftalk.v1.DeviceCopy & deftalk.v1.DeviceCopy.$Shape;
             *   (properties?: deftalk.v1.DeviceCopy.$Properties): deftalk.v1.DeviceCopy;
             * }}
             */
            DeviceCopy.create = function(properties) {
                return new DeviceCopy(properties);
            };

            /**
             * Encodes the specified DeviceCopy message. Does not implicitly {@link deftalk.v1.DeviceCopy.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {deftalk.v1.DeviceCopy.$Properties} m DeviceCopy message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceCopy.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.device != null && $Object.hasOwnProperty.call(m, "device"))
                    $root.deftalk.v1.DeliveryAddress.encode(m.device, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext") && m.ciphertext.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.ciphertext);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceCopy message, length delimited. Does not implicitly {@link deftalk.v1.DeviceCopy.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {deftalk.v1.DeviceCopy.$Properties} message DeviceCopy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceCopy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceCopy message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceCopy & deftalk.v1.DeviceCopy.$Shape} DeviceCopy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceCopy.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.DeviceCopy();
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
                            if (u !== 2)
                                break;
                            m.device = $root.deftalk.v1.DeliveryAddress.decode(r, r.size(), $undefined, q + 1, m.device);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.ciphertext = v;
                            else
                                delete m.ciphertext;
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
             * Decodes a DeviceCopy message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceCopy & deftalk.v1.DeviceCopy.$Shape} DeviceCopy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceCopy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceCopy message.
             * @function verify
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceCopy.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                    {
                        var e = $root.deftalk.v1.DeliveryAddress.verify(m.device, q + 1);
                        if (e)
                            return "device." + e;
                    }
                }
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext")) {
                    if (!(m.ciphertext && typeof m.ciphertext.length === "number" || $util.isString(m.ciphertext)))
                        return "ciphertext: buffer expected";
                }
                return null;
            };

            /**
             * Creates a DeviceCopy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DeviceCopy} DeviceCopy
             */
            DeviceCopy.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DeviceCopy)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DeviceCopy: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DeviceCopy();
                if (d.device != null) {
                    if (!$util.isObject(d.device))
                        throw $TypeError(".deftalk.v1.DeviceCopy.device: object expected");
                    m.device = $root.deftalk.v1.DeliveryAddress.fromObject(d.device, q + 1);
                }
                if (d.ciphertext != null) {
                    if (d.ciphertext.length) {
                        if (typeof d.ciphertext === "string")
                            $util.base64.decode(d.ciphertext, m.ciphertext = $util.newBuffer($util.base64.length(d.ciphertext)), 0);
                        else if (d.ciphertext.length >= 0)
                            m.ciphertext = d.ciphertext;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceCopy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {deftalk.v1.DeviceCopy} m DeviceCopy
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceCopy.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.device = null;
                    if (o.bytes === $String)
                        d.ciphertext = "";
                    else {
                        d.ciphertext = [];
                        if (o.bytes !== $Array)
                            d.ciphertext = $util.newBuffer(d.ciphertext);
                    }
                }
                if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                    d.device = $root.deftalk.v1.DeliveryAddress.toObject(m.device, o, q + 1);
                }
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext")) {
                    d.ciphertext = o.bytes === $String ? $util.base64.encode(m.ciphertext, 0, m.ciphertext.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.ciphertext) : m.ciphertext;
                }
                return d;
            };

            /**
             * Converts this DeviceCopy to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DeviceCopy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceCopy.prototype.toJSON = function() {
                return DeviceCopy.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceCopy
             * @function getTypeUrl
             * @memberof deftalk.v1.DeviceCopy
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceCopy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DeviceCopy";
            };

            return DeviceCopy;
        })();

        v1.Send = (function() {

            /**
             * Properties of a Send.
             * @typedef {Object} deftalk.v1.Send.$Properties
             * @property {number|Long|null} [sequence] Send sequence
             * @property {Uint8Array|null} [destinationAccount] Send destinationAccount
             * @property {Array.<deftalk.v1.DeviceCopy.$Properties>|null} [copies] Send copies
             * @property {boolean|null} [transient] Send transient
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Send.
             * @memberof deftalk.v1
             * @interface ISend
             * @augments deftalk.v1.Send.$Properties
             * @deprecated Use deftalk.v1.Send.$Properties instead.
             */

            /**
             * Shape of a Send.
             * @typedef {deftalk.v1.Send.$Properties} deftalk.v1.Send.$Shape
             */

            /**
             * Constructs a new Send.
             * @memberof deftalk.v1
             * @classdesc Represents a Send.
             * @constructor
             * @param {deftalk.v1.Send.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Send = function (p) {
                this.copies = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Send sequence.
             * @member {number|Long} sequence
             * @memberof deftalk.v1.Send
             * @instance
             */
            Send.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Send destinationAccount.
             * @member {Uint8Array} destinationAccount
             * @memberof deftalk.v1.Send
             * @instance
             */
            Send.prototype.destinationAccount = $util.newBuffer([]);

            /**
             * Send copies.
             * @member {Array.<deftalk.v1.DeviceCopy.$Properties>} copies
             * @memberof deftalk.v1.Send
             * @instance
             */
            Send.prototype.copies = $util.emptyArray;

            /**
             * Send transient.
             * @member {boolean} transient
             * @memberof deftalk.v1.Send
             * @instance
             */
            Send.prototype.transient = false;

            /**
             * Creates a new Send instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Send
             * @static
             * @param {deftalk.v1.Send.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Send} Send instance
             * @type {{
             *   (properties: deftalk.v1.Send.$Shape): deftalk.v1.Send & deftalk.v1.Send.$Shape;
             *   (properties?: deftalk.v1.Send.$Properties): deftalk.v1.Send;
             * }}
             */
            Send.create = function(properties) {
                return new Send(properties);
            };

            /**
             * Encodes the specified Send message. Does not implicitly {@link deftalk.v1.Send.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Send
             * @static
             * @param {deftalk.v1.Send.$Properties} m Send message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Send.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && (typeof m.sequence === "object" ? m.sequence.low || m.sequence.high : m.sequence !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sequence);
                if (m.destinationAccount != null && $Object.hasOwnProperty.call(m, "destinationAccount") && m.destinationAccount.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.destinationAccount);
                if (m.copies != null && m.copies.length) {
                    for (var i = 0; i < m.copies.length; ++i)
                        $root.deftalk.v1.DeviceCopy.encode(m.copies[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient") && m.transient !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.transient);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Send message, length delimited. Does not implicitly {@link deftalk.v1.Send.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Send
             * @static
             * @param {deftalk.v1.Send.$Properties} message Send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Send.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Send message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Send
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Send & deftalk.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Send.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.Send();
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
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequence = v;
                            else
                                delete m.sequence;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.destinationAccount = v;
                            else
                                delete m.destinationAccount;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.copies && m.copies.length))
                                m.copies = [];
                            m.copies.push($root.deftalk.v1.DeviceCopy.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.transient = v;
                            else
                                delete m.transient;
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
             * Decodes a Send message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Send & deftalk.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Send.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Send message.
             * @function verify
             * @memberof deftalk.v1.Send
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Send.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (!$util.isInteger(m.sequence) && !(m.sequence && $util.isInteger(m.sequence.low) && $util.isInteger(m.sequence.high)))
                        return "sequence: integer|Long expected";
                }
                if (m.destinationAccount != null && $Object.hasOwnProperty.call(m, "destinationAccount")) {
                    if (!(m.destinationAccount && typeof m.destinationAccount.length === "number" || $util.isString(m.destinationAccount)))
                        return "destinationAccount: buffer expected";
                }
                if (m.copies != null && $Object.hasOwnProperty.call(m, "copies")) {
                    if (!$Array.isArray(m.copies))
                        return "copies: array expected";
                    for (var i = 0; i < m.copies.length; ++i) {
                        {
                            var e = $root.deftalk.v1.DeviceCopy.verify(m.copies[i], q + 1);
                            if (e)
                                return "copies." + e;
                        }
                    }
                }
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient")) {
                    if (typeof m.transient !== "boolean")
                        return "transient: boolean expected";
                }
                return null;
            };

            /**
             * Creates a Send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Send
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Send} Send
             */
            Send.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Send)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Send: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Send();
                if (d.sequence != null) {
                    if (typeof d.sequence === "object" ? d.sequence.low || d.sequence.high : $Number(d.sequence) !== 0) {
                        if ($util.Long)
                            m.sequence = $util.Long.fromValue(d.sequence, true);
                        else if (typeof d.sequence === "string")
                            m.sequence = $parseInt(d.sequence, 10);
                        else if (typeof d.sequence === "number")
                            m.sequence = d.sequence;
                        else if (typeof d.sequence === "object")
                            m.sequence = new $util.LongBits(d.sequence.low >>> 0, d.sequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.destinationAccount != null) {
                    if (d.destinationAccount.length) {
                        if (typeof d.destinationAccount === "string")
                            $util.base64.decode(d.destinationAccount, m.destinationAccount = $util.newBuffer($util.base64.length(d.destinationAccount)), 0);
                        else if (d.destinationAccount.length >= 0)
                            m.destinationAccount = d.destinationAccount;
                    }
                }
                if (d.copies) {
                    if (!$Array.isArray(d.copies))
                        throw $TypeError(".deftalk.v1.Send.copies: array expected");
                    m.copies = $Array(d.copies.length);
                    for (var i = 0; i < d.copies.length; ++i) {
                        if (!$util.isObject(d.copies[i]))
                            throw $TypeError(".deftalk.v1.Send.copies: object expected");
                        m.copies[i] = $root.deftalk.v1.DeviceCopy.fromObject(d.copies[i], q + 1);
                    }
                }
                if (d.transient != null) {
                    if (d.transient) {
                        m.transient = $Boolean(d.transient);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Send
             * @static
             * @param {deftalk.v1.Send} m Send
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Send.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.copies = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.destinationAccount = "";
                    else {
                        d.destinationAccount = [];
                        if (o.bytes !== $Array)
                            d.destinationAccount = $util.newBuffer(d.destinationAccount);
                    }
                    d.transient = false;
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequence = typeof m.sequence === "number" ? $BigInt(m.sequence) : $util.Long.fromBits(m.sequence.low >>> 0, m.sequence.high >>> 0, true).toBigInt();
                    else if (typeof m.sequence === "number")
                        d.sequence = o.longs === $String ? $String(m.sequence) : m.sequence;
                    else
                        d.sequence = o.longs === $String ? $util.Long.prototype.toString.call(m.sequence) : o.longs === $Number ? new $util.LongBits(m.sequence.low >>> 0, m.sequence.high >>> 0).toNumber(true) : m.sequence;
                }
                if (m.destinationAccount != null && $Object.hasOwnProperty.call(m, "destinationAccount")) {
                    d.destinationAccount = o.bytes === $String ? $util.base64.encode(m.destinationAccount, 0, m.destinationAccount.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.destinationAccount) : m.destinationAccount;
                }
                if (m.copies && m.copies.length) {
                    d.copies = $Array(m.copies.length);
                    for (var j = 0; j < m.copies.length; ++j) {
                        d.copies[j] = $root.deftalk.v1.DeviceCopy.toObject(m.copies[j], o, q + 1);
                    }
                }
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient")) {
                    d.transient = m.transient;
                }
                return d;
            };

            /**
             * Converts this Send to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Send.prototype.toJSON = function() {
                return Send.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Send
             * @function getTypeUrl
             * @memberof deftalk.v1.Send
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Send.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Send";
            };

            return Send;
        })();

        v1.SendBatch = (function() {

            /**
             * Properties of a SendBatch.
             * @typedef {Object} deftalk.v1.SendBatch.$Properties
             * @property {Array.<deftalk.v1.Send.$Properties>|null} [sends] SendBatch sends
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendBatch.
             * @memberof deftalk.v1
             * @interface ISendBatch
             * @augments deftalk.v1.SendBatch.$Properties
             * @deprecated Use deftalk.v1.SendBatch.$Properties instead.
             */

            /**
             * Shape of a SendBatch.
             * @typedef {deftalk.v1.SendBatch.$Properties} deftalk.v1.SendBatch.$Shape
             */

            /**
             * Constructs a new SendBatch.
             * @memberof deftalk.v1
             * @classdesc Represents a SendBatch.
             * @constructor
             * @param {deftalk.v1.SendBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendBatch = function (p) {
                this.sends = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SendBatch sends.
             * @member {Array.<deftalk.v1.Send.$Properties>} sends
             * @memberof deftalk.v1.SendBatch
             * @instance
             */
            SendBatch.prototype.sends = $util.emptyArray;

            /**
             * Creates a new SendBatch instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {deftalk.v1.SendBatch.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.SendBatch} SendBatch instance
             * @type {{
             *   (properties: deftalk.v1.SendBatch.$Shape): deftalk.v1.SendBatch & deftalk.v1.SendBatch.$Shape;
             *   (properties?: deftalk.v1.SendBatch.$Properties): deftalk.v1.SendBatch;
             * }}
             */
            SendBatch.create = function(properties) {
                return new SendBatch(properties);
            };

            /**
             * Encodes the specified SendBatch message. Does not implicitly {@link deftalk.v1.SendBatch.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {deftalk.v1.SendBatch.$Properties} m SendBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sends != null && m.sends.length) {
                    for (var i = 0; i < m.sends.length; ++i)
                        $root.deftalk.v1.Send.encode(m.sends[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SendBatch message, length delimited. Does not implicitly {@link deftalk.v1.SendBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {deftalk.v1.SendBatch.$Properties} message SendBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendBatch message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.SendBatch & deftalk.v1.SendBatch.$Shape} SendBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.SendBatch();
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
                            if (u !== 2)
                                break;
                            if (!(m.sends && m.sends.length))
                                m.sends = [];
                            m.sends.push($root.deftalk.v1.Send.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a SendBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.SendBatch & deftalk.v1.SendBatch.$Shape} SendBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendBatch message.
             * @function verify
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendBatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sends != null && $Object.hasOwnProperty.call(m, "sends")) {
                    if (!$Array.isArray(m.sends))
                        return "sends: array expected";
                    for (var i = 0; i < m.sends.length; ++i) {
                        {
                            var e = $root.deftalk.v1.Send.verify(m.sends[i], q + 1);
                            if (e)
                                return "sends." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a SendBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.SendBatch} SendBatch
             */
            SendBatch.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.SendBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.SendBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.SendBatch();
                if (d.sends) {
                    if (!$Array.isArray(d.sends))
                        throw $TypeError(".deftalk.v1.SendBatch.sends: array expected");
                    m.sends = $Array(d.sends.length);
                    for (var i = 0; i < d.sends.length; ++i) {
                        if (!$util.isObject(d.sends[i]))
                            throw $TypeError(".deftalk.v1.SendBatch.sends: object expected");
                        m.sends[i] = $root.deftalk.v1.Send.fromObject(d.sends[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SendBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {deftalk.v1.SendBatch} m SendBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.sends = [];
                }
                if (m.sends && m.sends.length) {
                    d.sends = $Array(m.sends.length);
                    for (var j = 0; j < m.sends.length; ++j) {
                        d.sends[j] = $root.deftalk.v1.Send.toObject(m.sends[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SendBatch to JSON.
             * @function toJSON
             * @memberof deftalk.v1.SendBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendBatch.prototype.toJSON = function() {
                return SendBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendBatch
             * @function getTypeUrl
             * @memberof deftalk.v1.SendBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.SendBatch";
            };

            return SendBatch;
        })();

        v1.DeviceMismatch = (function() {

            /**
             * Properties of a DeviceMismatch.
             * @typedef {Object} deftalk.v1.DeviceMismatch.$Properties
             * @property {Array.<deftalk.v1.DeliveryAddress.$Properties>|null} [missing] DeviceMismatch missing
             * @property {Array.<deftalk.v1.DeliveryAddress.$Properties>|null} [extra] DeviceMismatch extra
             * @property {Array.<deftalk.v1.DeliveryAddress.$Properties>|null} [stale] DeviceMismatch stale
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceMismatch.
             * @memberof deftalk.v1
             * @interface IDeviceMismatch
             * @augments deftalk.v1.DeviceMismatch.$Properties
             * @deprecated Use deftalk.v1.DeviceMismatch.$Properties instead.
             */

            /**
             * Shape of a DeviceMismatch.
             * @typedef {deftalk.v1.DeviceMismatch.$Properties} deftalk.v1.DeviceMismatch.$Shape
             */

            /**
             * Constructs a new DeviceMismatch.
             * @memberof deftalk.v1
             * @classdesc Represents a DeviceMismatch.
             * @constructor
             * @param {deftalk.v1.DeviceMismatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceMismatch = function (p) {
                this.missing = [];
                this.extra = [];
                this.stale = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceMismatch missing.
             * @member {Array.<deftalk.v1.DeliveryAddress.$Properties>} missing
             * @memberof deftalk.v1.DeviceMismatch
             * @instance
             */
            DeviceMismatch.prototype.missing = $util.emptyArray;

            /**
             * DeviceMismatch extra.
             * @member {Array.<deftalk.v1.DeliveryAddress.$Properties>} extra
             * @memberof deftalk.v1.DeviceMismatch
             * @instance
             */
            DeviceMismatch.prototype.extra = $util.emptyArray;

            /**
             * DeviceMismatch stale.
             * @member {Array.<deftalk.v1.DeliveryAddress.$Properties>} stale
             * @memberof deftalk.v1.DeviceMismatch
             * @instance
             */
            DeviceMismatch.prototype.stale = $util.emptyArray;

            /**
             * Creates a new DeviceMismatch instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {deftalk.v1.DeviceMismatch.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DeviceMismatch} DeviceMismatch instance
             * @type {{
             *   (properties: deftalk.v1.DeviceMismatch.$Shape): deftalk.v1.DeviceMismatch & deftalk.v1.DeviceMismatch.$Shape;
             *   (properties?: deftalk.v1.DeviceMismatch.$Properties): deftalk.v1.DeviceMismatch;
             * }}
             */
            DeviceMismatch.create = function(properties) {
                return new DeviceMismatch(properties);
            };

            /**
             * Encodes the specified DeviceMismatch message. Does not implicitly {@link deftalk.v1.DeviceMismatch.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {deftalk.v1.DeviceMismatch.$Properties} m DeviceMismatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceMismatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.missing != null && m.missing.length) {
                    for (var i = 0; i < m.missing.length; ++i)
                        $root.deftalk.v1.DeliveryAddress.encode(m.missing[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.extra != null && m.extra.length) {
                    for (var i = 0; i < m.extra.length; ++i)
                        $root.deftalk.v1.DeliveryAddress.encode(m.extra[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.stale != null && m.stale.length) {
                    for (var i = 0; i < m.stale.length; ++i)
                        $root.deftalk.v1.DeliveryAddress.encode(m.stale[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceMismatch message, length delimited. Does not implicitly {@link deftalk.v1.DeviceMismatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {deftalk.v1.DeviceMismatch.$Properties} message DeviceMismatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceMismatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceMismatch message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceMismatch & deftalk.v1.DeviceMismatch.$Shape} DeviceMismatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceMismatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.DeviceMismatch();
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
                            if (u !== 2)
                                break;
                            if (!(m.missing && m.missing.length))
                                m.missing = [];
                            m.missing.push($root.deftalk.v1.DeliveryAddress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.extra && m.extra.length))
                                m.extra = [];
                            m.extra.push($root.deftalk.v1.DeliveryAddress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.stale && m.stale.length))
                                m.stale = [];
                            m.stale.push($root.deftalk.v1.DeliveryAddress.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a DeviceMismatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceMismatch & deftalk.v1.DeviceMismatch.$Shape} DeviceMismatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceMismatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceMismatch message.
             * @function verify
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceMismatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.missing != null && $Object.hasOwnProperty.call(m, "missing")) {
                    if (!$Array.isArray(m.missing))
                        return "missing: array expected";
                    for (var i = 0; i < m.missing.length; ++i) {
                        {
                            var e = $root.deftalk.v1.DeliveryAddress.verify(m.missing[i], q + 1);
                            if (e)
                                return "missing." + e;
                        }
                    }
                }
                if (m.extra != null && $Object.hasOwnProperty.call(m, "extra")) {
                    if (!$Array.isArray(m.extra))
                        return "extra: array expected";
                    for (var i = 0; i < m.extra.length; ++i) {
                        {
                            var e = $root.deftalk.v1.DeliveryAddress.verify(m.extra[i], q + 1);
                            if (e)
                                return "extra." + e;
                        }
                    }
                }
                if (m.stale != null && $Object.hasOwnProperty.call(m, "stale")) {
                    if (!$Array.isArray(m.stale))
                        return "stale: array expected";
                    for (var i = 0; i < m.stale.length; ++i) {
                        {
                            var e = $root.deftalk.v1.DeliveryAddress.verify(m.stale[i], q + 1);
                            if (e)
                                return "stale." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a DeviceMismatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DeviceMismatch} DeviceMismatch
             */
            DeviceMismatch.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DeviceMismatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DeviceMismatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DeviceMismatch();
                if (d.missing) {
                    if (!$Array.isArray(d.missing))
                        throw $TypeError(".deftalk.v1.DeviceMismatch.missing: array expected");
                    m.missing = $Array(d.missing.length);
                    for (var i = 0; i < d.missing.length; ++i) {
                        if (!$util.isObject(d.missing[i]))
                            throw $TypeError(".deftalk.v1.DeviceMismatch.missing: object expected");
                        m.missing[i] = $root.deftalk.v1.DeliveryAddress.fromObject(d.missing[i], q + 1);
                    }
                }
                if (d.extra) {
                    if (!$Array.isArray(d.extra))
                        throw $TypeError(".deftalk.v1.DeviceMismatch.extra: array expected");
                    m.extra = $Array(d.extra.length);
                    for (var i = 0; i < d.extra.length; ++i) {
                        if (!$util.isObject(d.extra[i]))
                            throw $TypeError(".deftalk.v1.DeviceMismatch.extra: object expected");
                        m.extra[i] = $root.deftalk.v1.DeliveryAddress.fromObject(d.extra[i], q + 1);
                    }
                }
                if (d.stale) {
                    if (!$Array.isArray(d.stale))
                        throw $TypeError(".deftalk.v1.DeviceMismatch.stale: array expected");
                    m.stale = $Array(d.stale.length);
                    for (var i = 0; i < d.stale.length; ++i) {
                        if (!$util.isObject(d.stale[i]))
                            throw $TypeError(".deftalk.v1.DeviceMismatch.stale: object expected");
                        m.stale[i] = $root.deftalk.v1.DeliveryAddress.fromObject(d.stale[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceMismatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {deftalk.v1.DeviceMismatch} m DeviceMismatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceMismatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.missing = [];
                    d.extra = [];
                    d.stale = [];
                }
                if (m.missing && m.missing.length) {
                    d.missing = $Array(m.missing.length);
                    for (var j = 0; j < m.missing.length; ++j) {
                        d.missing[j] = $root.deftalk.v1.DeliveryAddress.toObject(m.missing[j], o, q + 1);
                    }
                }
                if (m.extra && m.extra.length) {
                    d.extra = $Array(m.extra.length);
                    for (var j = 0; j < m.extra.length; ++j) {
                        d.extra[j] = $root.deftalk.v1.DeliveryAddress.toObject(m.extra[j], o, q + 1);
                    }
                }
                if (m.stale && m.stale.length) {
                    d.stale = $Array(m.stale.length);
                    for (var j = 0; j < m.stale.length; ++j) {
                        d.stale[j] = $root.deftalk.v1.DeliveryAddress.toObject(m.stale[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this DeviceMismatch to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DeviceMismatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceMismatch.prototype.toJSON = function() {
                return DeviceMismatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceMismatch
             * @function getTypeUrl
             * @memberof deftalk.v1.DeviceMismatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceMismatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DeviceMismatch";
            };

            return DeviceMismatch;
        })();

        v1.SendResult = (function() {

            /**
             * Properties of a SendResult.
             * @typedef {Object} deftalk.v1.SendResult.$Properties
             * @property {number|Long|null} [sequence] SendResult sequence
             * @property {deftalk.v1.Error.$Properties|null} [error] SendResult error
             * @property {deftalk.v1.DeviceMismatch.$Properties|null} [mismatch] SendResult mismatch
             * @property {boolean|null} [duplicate] SendResult duplicate
             * @property {Array.<deftalk.v1.DeliveryAddress.$Properties>|null} [deliveredTo] SendResult deliveredTo
             * @property {number|Long|null} [expectedSequence] SendResult expectedSequence
             * @property {boolean|null} [transient] SendResult transient
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendResult.
             * @memberof deftalk.v1
             * @interface ISendResult
             * @augments deftalk.v1.SendResult.$Properties
             * @deprecated Use deftalk.v1.SendResult.$Properties instead.
             */

            /**
             * Shape of a SendResult.
             * @typedef {deftalk.v1.SendResult.$Properties} deftalk.v1.SendResult.$Shape
             */

            /**
             * Constructs a new SendResult.
             * @memberof deftalk.v1
             * @classdesc Represents a SendResult.
             * @constructor
             * @param {deftalk.v1.SendResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendResult = function (p) {
                this.deliveredTo = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SendResult sequence.
             * @member {number|Long} sequence
             * @memberof deftalk.v1.SendResult
             * @instance
             */
            SendResult.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SendResult error.
             * @member {deftalk.v1.Error.$Properties|null|undefined} error
             * @memberof deftalk.v1.SendResult
             * @instance
             */
            SendResult.prototype.error = null;

            /**
             * SendResult mismatch.
             * @member {deftalk.v1.DeviceMismatch.$Properties|null|undefined} mismatch
             * @memberof deftalk.v1.SendResult
             * @instance
             */
            SendResult.prototype.mismatch = null;

            /**
             * SendResult duplicate.
             * @member {boolean} duplicate
             * @memberof deftalk.v1.SendResult
             * @instance
             */
            SendResult.prototype.duplicate = false;

            /**
             * SendResult deliveredTo.
             * @member {Array.<deftalk.v1.DeliveryAddress.$Properties>} deliveredTo
             * @memberof deftalk.v1.SendResult
             * @instance
             */
            SendResult.prototype.deliveredTo = $util.emptyArray;

            /**
             * SendResult expectedSequence.
             * @member {number|Long} expectedSequence
             * @memberof deftalk.v1.SendResult
             * @instance
             */
            SendResult.prototype.expectedSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SendResult transient.
             * @member {boolean} transient
             * @memberof deftalk.v1.SendResult
             * @instance
             */
            SendResult.prototype.transient = false;

            /**
             * Creates a new SendResult instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {deftalk.v1.SendResult.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.SendResult} SendResult instance
             * @type {{
             *   (properties: deftalk.v1.SendResult.$Shape): deftalk.v1.SendResult & deftalk.v1.SendResult.$Shape;
             *   (properties?: deftalk.v1.SendResult.$Properties): deftalk.v1.SendResult;
             * }}
             */
            SendResult.create = function(properties) {
                return new SendResult(properties);
            };

            /**
             * Encodes the specified SendResult message. Does not implicitly {@link deftalk.v1.SendResult.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {deftalk.v1.SendResult.$Properties} m SendResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && (typeof m.sequence === "object" ? m.sequence.low || m.sequence.high : m.sequence !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sequence);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.deftalk.v1.Error.encode(m.error, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.mismatch != null && $Object.hasOwnProperty.call(m, "mismatch"))
                    $root.deftalk.v1.DeviceMismatch.encode(m.mismatch, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate") && m.duplicate !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.duplicate);
                if (m.deliveredTo != null && m.deliveredTo.length) {
                    for (var i = 0; i < m.deliveredTo.length; ++i)
                        $root.deftalk.v1.DeliveryAddress.encode(m.deliveredTo[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.expectedSequence != null && $Object.hasOwnProperty.call(m, "expectedSequence") && (typeof m.expectedSequence === "object" ? m.expectedSequence.low || m.expectedSequence.high : m.expectedSequence !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.expectedSequence);
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient") && m.transient !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.transient);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SendResult message, length delimited. Does not implicitly {@link deftalk.v1.SendResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {deftalk.v1.SendResult.$Properties} message SendResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendResult message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.SendResult & deftalk.v1.SendResult.$Shape} SendResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendResult.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.SendResult();
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
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequence = v;
                            else
                                delete m.sequence;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.error = $root.deftalk.v1.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.mismatch = $root.deftalk.v1.DeviceMismatch.decode(r, r.size(), $undefined, q + 1, m.mismatch);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.duplicate = v;
                            else
                                delete m.duplicate;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.deliveredTo && m.deliveredTo.length))
                                m.deliveredTo = [];
                            m.deliveredTo.push($root.deftalk.v1.DeliveryAddress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.expectedSequence = v;
                            else
                                delete m.expectedSequence;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.transient = v;
                            else
                                delete m.transient;
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
             * Decodes a SendResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.SendResult & deftalk.v1.SendResult.$Shape} SendResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendResult message.
             * @function verify
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (!$util.isInteger(m.sequence) && !(m.sequence && $util.isInteger(m.sequence.low) && $util.isInteger(m.sequence.high)))
                        return "sequence: integer|Long expected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    {
                        var e = $root.deftalk.v1.Error.verify(m.error, q + 1);
                        if (e)
                            return "error." + e;
                    }
                }
                if (m.mismatch != null && $Object.hasOwnProperty.call(m, "mismatch")) {
                    {
                        var e = $root.deftalk.v1.DeviceMismatch.verify(m.mismatch, q + 1);
                        if (e)
                            return "mismatch." + e;
                    }
                }
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate")) {
                    if (typeof m.duplicate !== "boolean")
                        return "duplicate: boolean expected";
                }
                if (m.deliveredTo != null && $Object.hasOwnProperty.call(m, "deliveredTo")) {
                    if (!$Array.isArray(m.deliveredTo))
                        return "deliveredTo: array expected";
                    for (var i = 0; i < m.deliveredTo.length; ++i) {
                        {
                            var e = $root.deftalk.v1.DeliveryAddress.verify(m.deliveredTo[i], q + 1);
                            if (e)
                                return "deliveredTo." + e;
                        }
                    }
                }
                if (m.expectedSequence != null && $Object.hasOwnProperty.call(m, "expectedSequence")) {
                    if (!$util.isInteger(m.expectedSequence) && !(m.expectedSequence && $util.isInteger(m.expectedSequence.low) && $util.isInteger(m.expectedSequence.high)))
                        return "expectedSequence: integer|Long expected";
                }
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient")) {
                    if (typeof m.transient !== "boolean")
                        return "transient: boolean expected";
                }
                return null;
            };

            /**
             * Creates a SendResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.SendResult} SendResult
             */
            SendResult.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.SendResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.SendResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.SendResult();
                if (d.sequence != null) {
                    if (typeof d.sequence === "object" ? d.sequence.low || d.sequence.high : $Number(d.sequence) !== 0) {
                        if ($util.Long)
                            m.sequence = $util.Long.fromValue(d.sequence, true);
                        else if (typeof d.sequence === "string")
                            m.sequence = $parseInt(d.sequence, 10);
                        else if (typeof d.sequence === "number")
                            m.sequence = d.sequence;
                        else if (typeof d.sequence === "object")
                            m.sequence = new $util.LongBits(d.sequence.low >>> 0, d.sequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".deftalk.v1.SendResult.error: object expected");
                    m.error = $root.deftalk.v1.Error.fromObject(d.error, q + 1);
                }
                if (d.mismatch != null) {
                    if (!$util.isObject(d.mismatch))
                        throw $TypeError(".deftalk.v1.SendResult.mismatch: object expected");
                    m.mismatch = $root.deftalk.v1.DeviceMismatch.fromObject(d.mismatch, q + 1);
                }
                if (d.duplicate != null) {
                    if (d.duplicate) {
                        m.duplicate = $Boolean(d.duplicate);
                    }
                }
                if (d.deliveredTo) {
                    if (!$Array.isArray(d.deliveredTo))
                        throw $TypeError(".deftalk.v1.SendResult.deliveredTo: array expected");
                    m.deliveredTo = $Array(d.deliveredTo.length);
                    for (var i = 0; i < d.deliveredTo.length; ++i) {
                        if (!$util.isObject(d.deliveredTo[i]))
                            throw $TypeError(".deftalk.v1.SendResult.deliveredTo: object expected");
                        m.deliveredTo[i] = $root.deftalk.v1.DeliveryAddress.fromObject(d.deliveredTo[i], q + 1);
                    }
                }
                if (d.expectedSequence != null) {
                    if (typeof d.expectedSequence === "object" ? d.expectedSequence.low || d.expectedSequence.high : $Number(d.expectedSequence) !== 0) {
                        if ($util.Long)
                            m.expectedSequence = $util.Long.fromValue(d.expectedSequence, true);
                        else if (typeof d.expectedSequence === "string")
                            m.expectedSequence = $parseInt(d.expectedSequence, 10);
                        else if (typeof d.expectedSequence === "number")
                            m.expectedSequence = d.expectedSequence;
                        else if (typeof d.expectedSequence === "object")
                            m.expectedSequence = new $util.LongBits(d.expectedSequence.low >>> 0, d.expectedSequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.transient != null) {
                    if (d.transient) {
                        m.transient = $Boolean(d.transient);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SendResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {deftalk.v1.SendResult} m SendResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.deliveredTo = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.error = null;
                    d.mismatch = null;
                    d.duplicate = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.expectedSequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.expectedSequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.transient = false;
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequence = typeof m.sequence === "number" ? $BigInt(m.sequence) : $util.Long.fromBits(m.sequence.low >>> 0, m.sequence.high >>> 0, true).toBigInt();
                    else if (typeof m.sequence === "number")
                        d.sequence = o.longs === $String ? $String(m.sequence) : m.sequence;
                    else
                        d.sequence = o.longs === $String ? $util.Long.prototype.toString.call(m.sequence) : o.longs === $Number ? new $util.LongBits(m.sequence.low >>> 0, m.sequence.high >>> 0).toNumber(true) : m.sequence;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.deftalk.v1.Error.toObject(m.error, o, q + 1);
                }
                if (m.mismatch != null && $Object.hasOwnProperty.call(m, "mismatch")) {
                    d.mismatch = $root.deftalk.v1.DeviceMismatch.toObject(m.mismatch, o, q + 1);
                }
                if (m.duplicate != null && $Object.hasOwnProperty.call(m, "duplicate")) {
                    d.duplicate = m.duplicate;
                }
                if (m.deliveredTo && m.deliveredTo.length) {
                    d.deliveredTo = $Array(m.deliveredTo.length);
                    for (var j = 0; j < m.deliveredTo.length; ++j) {
                        d.deliveredTo[j] = $root.deftalk.v1.DeliveryAddress.toObject(m.deliveredTo[j], o, q + 1);
                    }
                }
                if (m.expectedSequence != null && $Object.hasOwnProperty.call(m, "expectedSequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.expectedSequence = typeof m.expectedSequence === "number" ? $BigInt(m.expectedSequence) : $util.Long.fromBits(m.expectedSequence.low >>> 0, m.expectedSequence.high >>> 0, true).toBigInt();
                    else if (typeof m.expectedSequence === "number")
                        d.expectedSequence = o.longs === $String ? $String(m.expectedSequence) : m.expectedSequence;
                    else
                        d.expectedSequence = o.longs === $String ? $util.Long.prototype.toString.call(m.expectedSequence) : o.longs === $Number ? new $util.LongBits(m.expectedSequence.low >>> 0, m.expectedSequence.high >>> 0).toNumber(true) : m.expectedSequence;
                }
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient")) {
                    d.transient = m.transient;
                }
                return d;
            };

            /**
             * Converts this SendResult to JSON.
             * @function toJSON
             * @memberof deftalk.v1.SendResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendResult.prototype.toJSON = function() {
                return SendResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendResult
             * @function getTypeUrl
             * @memberof deftalk.v1.SendResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.SendResult";
            };

            return SendResult;
        })();

        v1.SendBatchResult = (function() {

            /**
             * Properties of a SendBatchResult.
             * @typedef {Object} deftalk.v1.SendBatchResult.$Properties
             * @property {Array.<deftalk.v1.SendResult.$Properties>|null} [results] SendBatchResult results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendBatchResult.
             * @memberof deftalk.v1
             * @interface ISendBatchResult
             * @augments deftalk.v1.SendBatchResult.$Properties
             * @deprecated Use deftalk.v1.SendBatchResult.$Properties instead.
             */

            /**
             * Shape of a SendBatchResult.
             * @typedef {deftalk.v1.SendBatchResult.$Properties} deftalk.v1.SendBatchResult.$Shape
             */

            /**
             * Constructs a new SendBatchResult.
             * @memberof deftalk.v1
             * @classdesc Represents a SendBatchResult.
             * @constructor
             * @param {deftalk.v1.SendBatchResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendBatchResult = function (p) {
                this.results = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SendBatchResult results.
             * @member {Array.<deftalk.v1.SendResult.$Properties>} results
             * @memberof deftalk.v1.SendBatchResult
             * @instance
             */
            SendBatchResult.prototype.results = $util.emptyArray;

            /**
             * Creates a new SendBatchResult instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {deftalk.v1.SendBatchResult.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.SendBatchResult} SendBatchResult instance
             * @type {{
             *   (properties: deftalk.v1.SendBatchResult.$Shape): deftalk.v1.SendBatchResult & deftalk.v1.SendBatchResult.$Shape;
             *   (properties?: deftalk.v1.SendBatchResult.$Properties): deftalk.v1.SendBatchResult;
             * }}
             */
            SendBatchResult.create = function(properties) {
                return new SendBatchResult(properties);
            };

            /**
             * Encodes the specified SendBatchResult message. Does not implicitly {@link deftalk.v1.SendBatchResult.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {deftalk.v1.SendBatchResult.$Properties} m SendBatchResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendBatchResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.results != null && m.results.length) {
                    for (var i = 0; i < m.results.length; ++i)
                        $root.deftalk.v1.SendResult.encode(m.results[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SendBatchResult message, length delimited. Does not implicitly {@link deftalk.v1.SendBatchResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {deftalk.v1.SendBatchResult.$Properties} message SendBatchResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendBatchResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendBatchResult message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.SendBatchResult & deftalk.v1.SendBatchResult.$Shape} SendBatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendBatchResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.SendBatchResult();
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
                            if (u !== 2)
                                break;
                            if (!(m.results && m.results.length))
                                m.results = [];
                            m.results.push($root.deftalk.v1.SendResult.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a SendBatchResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.SendBatchResult & deftalk.v1.SendBatchResult.$Shape} SendBatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendBatchResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendBatchResult message.
             * @function verify
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendBatchResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.results != null && $Object.hasOwnProperty.call(m, "results")) {
                    if (!$Array.isArray(m.results))
                        return "results: array expected";
                    for (var i = 0; i < m.results.length; ++i) {
                        {
                            var e = $root.deftalk.v1.SendResult.verify(m.results[i], q + 1);
                            if (e)
                                return "results." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a SendBatchResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.SendBatchResult} SendBatchResult
             */
            SendBatchResult.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.SendBatchResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.SendBatchResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.SendBatchResult();
                if (d.results) {
                    if (!$Array.isArray(d.results))
                        throw $TypeError(".deftalk.v1.SendBatchResult.results: array expected");
                    m.results = $Array(d.results.length);
                    for (var i = 0; i < d.results.length; ++i) {
                        if (!$util.isObject(d.results[i]))
                            throw $TypeError(".deftalk.v1.SendBatchResult.results: object expected");
                        m.results[i] = $root.deftalk.v1.SendResult.fromObject(d.results[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SendBatchResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {deftalk.v1.SendBatchResult} m SendBatchResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendBatchResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.results = [];
                }
                if (m.results && m.results.length) {
                    d.results = $Array(m.results.length);
                    for (var j = 0; j < m.results.length; ++j) {
                        d.results[j] = $root.deftalk.v1.SendResult.toObject(m.results[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SendBatchResult to JSON.
             * @function toJSON
             * @memberof deftalk.v1.SendBatchResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendBatchResult.prototype.toJSON = function() {
                return SendBatchResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendBatchResult
             * @function getTypeUrl
             * @memberof deftalk.v1.SendBatchResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendBatchResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.SendBatchResult";
            };

            return SendBatchResult;
        })();

        v1.SenderState = (function() {

            /**
             * Properties of a SenderState.
             * @typedef {Object} deftalk.v1.SenderState.$Properties
             * @property {number|Long|null} [lastAccepted] SenderState lastAccepted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SenderState.
             * @memberof deftalk.v1
             * @interface ISenderState
             * @augments deftalk.v1.SenderState.$Properties
             * @deprecated Use deftalk.v1.SenderState.$Properties instead.
             */

            /**
             * Shape of a SenderState.
             * @typedef {deftalk.v1.SenderState.$Properties} deftalk.v1.SenderState.$Shape
             */

            /**
             * Constructs a new SenderState.
             * @memberof deftalk.v1
             * @classdesc Represents a SenderState.
             * @constructor
             * @param {deftalk.v1.SenderState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SenderState = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SenderState lastAccepted.
             * @member {number|Long} lastAccepted
             * @memberof deftalk.v1.SenderState
             * @instance
             */
            SenderState.prototype.lastAccepted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SenderState instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {deftalk.v1.SenderState.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.SenderState} SenderState instance
             * @type {{
             *   (properties: deftalk.v1.SenderState.$Shape): deftalk.v1.SenderState & deftalk.v1.SenderState.$Shape;
             *   (properties?: deftalk.v1.SenderState.$Properties): deftalk.v1.SenderState;
             * }}
             */
            SenderState.create = function(properties) {
                return new SenderState(properties);
            };

            /**
             * Encodes the specified SenderState message. Does not implicitly {@link deftalk.v1.SenderState.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {deftalk.v1.SenderState.$Properties} m SenderState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SenderState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lastAccepted != null && $Object.hasOwnProperty.call(m, "lastAccepted") && (typeof m.lastAccepted === "object" ? m.lastAccepted.low || m.lastAccepted.high : m.lastAccepted !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.lastAccepted);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SenderState message, length delimited. Does not implicitly {@link deftalk.v1.SenderState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {deftalk.v1.SenderState.$Properties} message SenderState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SenderState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SenderState message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.SenderState & deftalk.v1.SenderState.$Shape} SenderState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SenderState.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.SenderState();
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
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastAccepted = v;
                            else
                                delete m.lastAccepted;
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
             * Decodes a SenderState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.SenderState & deftalk.v1.SenderState.$Shape} SenderState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SenderState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SenderState message.
             * @function verify
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SenderState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.lastAccepted != null && $Object.hasOwnProperty.call(m, "lastAccepted")) {
                    if (!$util.isInteger(m.lastAccepted) && !(m.lastAccepted && $util.isInteger(m.lastAccepted.low) && $util.isInteger(m.lastAccepted.high)))
                        return "lastAccepted: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SenderState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.SenderState} SenderState
             */
            SenderState.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.SenderState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.SenderState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.SenderState();
                if (d.lastAccepted != null) {
                    if (typeof d.lastAccepted === "object" ? d.lastAccepted.low || d.lastAccepted.high : $Number(d.lastAccepted) !== 0) {
                        if ($util.Long)
                            m.lastAccepted = $util.Long.fromValue(d.lastAccepted, true);
                        else if (typeof d.lastAccepted === "string")
                            m.lastAccepted = $parseInt(d.lastAccepted, 10);
                        else if (typeof d.lastAccepted === "number")
                            m.lastAccepted = d.lastAccepted;
                        else if (typeof d.lastAccepted === "object")
                            m.lastAccepted = new $util.LongBits(d.lastAccepted.low >>> 0, d.lastAccepted.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SenderState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {deftalk.v1.SenderState} m SenderState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SenderState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lastAccepted = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastAccepted = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.lastAccepted != null && $Object.hasOwnProperty.call(m, "lastAccepted")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastAccepted = typeof m.lastAccepted === "number" ? $BigInt(m.lastAccepted) : $util.Long.fromBits(m.lastAccepted.low >>> 0, m.lastAccepted.high >>> 0, true).toBigInt();
                    else if (typeof m.lastAccepted === "number")
                        d.lastAccepted = o.longs === $String ? $String(m.lastAccepted) : m.lastAccepted;
                    else
                        d.lastAccepted = o.longs === $String ? $util.Long.prototype.toString.call(m.lastAccepted) : o.longs === $Number ? new $util.LongBits(m.lastAccepted.low >>> 0, m.lastAccepted.high >>> 0).toNumber(true) : m.lastAccepted;
                }
                return d;
            };

            /**
             * Converts this SenderState to JSON.
             * @function toJSON
             * @memberof deftalk.v1.SenderState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SenderState.prototype.toJSON = function() {
                return SenderState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SenderState
             * @function getTypeUrl
             * @memberof deftalk.v1.SenderState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SenderState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.SenderState";
            };

            return SenderState;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} deftalk.v1.Envelope.$Properties
             * @property {Uint8Array|null} [senderAccount] Envelope senderAccount
             * @property {number|null} [senderDevice] Envelope senderDevice
             * @property {number|Long|null} [sequence] Envelope sequence
             * @property {Uint8Array|null} [destinationAccount] Envelope destinationAccount
             * @property {number|Long|null} [acceptedAtMs] Envelope acceptedAtMs
             * @property {boolean|null} [transient] Envelope transient
             * @property {Uint8Array|null} [ciphertext] Envelope ciphertext
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof deftalk.v1
             * @interface IEnvelope
             * @augments deftalk.v1.Envelope.$Properties
             * @deprecated Use deftalk.v1.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {deftalk.v1.Envelope.$Properties} deftalk.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof deftalk.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {deftalk.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope senderAccount.
             * @member {Uint8Array} senderAccount
             * @memberof deftalk.v1.Envelope
             * @instance
             */
            Envelope.prototype.senderAccount = $util.newBuffer([]);

            /**
             * Envelope senderDevice.
             * @member {number} senderDevice
             * @memberof deftalk.v1.Envelope
             * @instance
             */
            Envelope.prototype.senderDevice = 0;

            /**
             * Envelope sequence.
             * @member {number|Long} sequence
             * @memberof deftalk.v1.Envelope
             * @instance
             */
            Envelope.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope destinationAccount.
             * @member {Uint8Array} destinationAccount
             * @memberof deftalk.v1.Envelope
             * @instance
             */
            Envelope.prototype.destinationAccount = $util.newBuffer([]);

            /**
             * Envelope acceptedAtMs.
             * @member {number|Long} acceptedAtMs
             * @memberof deftalk.v1.Envelope
             * @instance
             */
            Envelope.prototype.acceptedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope transient.
             * @member {boolean} transient
             * @memberof deftalk.v1.Envelope
             * @instance
             */
            Envelope.prototype.transient = false;

            /**
             * Envelope ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof deftalk.v1.Envelope
             * @instance
             */
            Envelope.prototype.ciphertext = $util.newBuffer([]);

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {deftalk.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: deftalk.v1.Envelope.$Shape): deftalk.v1.Envelope & deftalk.v1.Envelope.$Shape;
             *   (properties?: deftalk.v1.Envelope.$Properties): deftalk.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link deftalk.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {deftalk.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.senderAccount != null && $Object.hasOwnProperty.call(m, "senderAccount") && m.senderAccount.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.senderAccount);
                if (m.senderDevice != null && $Object.hasOwnProperty.call(m, "senderDevice") && m.senderDevice !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.senderDevice);
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && (typeof m.sequence === "object" ? m.sequence.low || m.sequence.high : m.sequence !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.sequence);
                if (m.destinationAccount != null && $Object.hasOwnProperty.call(m, "destinationAccount") && m.destinationAccount.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.destinationAccount);
                if (m.acceptedAtMs != null && $Object.hasOwnProperty.call(m, "acceptedAtMs") && (typeof m.acceptedAtMs === "object" ? m.acceptedAtMs.low || m.acceptedAtMs.high : m.acceptedAtMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.acceptedAtMs);
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient") && m.transient !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.transient);
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext") && m.ciphertext.length)
                    w.uint32(/* id 7, wireType 2 =*/58).bytes(m.ciphertext);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link deftalk.v1.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {deftalk.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.Envelope & deftalk.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.Envelope();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.senderAccount = v;
                            else
                                delete m.senderAccount;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.senderDevice = v;
                            else
                                delete m.senderDevice;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequence = v;
                            else
                                delete m.sequence;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.destinationAccount = v;
                            else
                                delete m.destinationAccount;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.acceptedAtMs = v;
                            else
                                delete m.acceptedAtMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.transient = v;
                            else
                                delete m.transient;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.ciphertext = v;
                            else
                                delete m.ciphertext;
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
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.Envelope & deftalk.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.senderAccount != null && $Object.hasOwnProperty.call(m, "senderAccount")) {
                    if (!(m.senderAccount && typeof m.senderAccount.length === "number" || $util.isString(m.senderAccount)))
                        return "senderAccount: buffer expected";
                }
                if (m.senderDevice != null && $Object.hasOwnProperty.call(m, "senderDevice")) {
                    if (!$util.isInteger(m.senderDevice))
                        return "senderDevice: integer expected";
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (!$util.isInteger(m.sequence) && !(m.sequence && $util.isInteger(m.sequence.low) && $util.isInteger(m.sequence.high)))
                        return "sequence: integer|Long expected";
                }
                if (m.destinationAccount != null && $Object.hasOwnProperty.call(m, "destinationAccount")) {
                    if (!(m.destinationAccount && typeof m.destinationAccount.length === "number" || $util.isString(m.destinationAccount)))
                        return "destinationAccount: buffer expected";
                }
                if (m.acceptedAtMs != null && $Object.hasOwnProperty.call(m, "acceptedAtMs")) {
                    if (!$util.isInteger(m.acceptedAtMs) && !(m.acceptedAtMs && $util.isInteger(m.acceptedAtMs.low) && $util.isInteger(m.acceptedAtMs.high)))
                        return "acceptedAtMs: integer|Long expected";
                }
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient")) {
                    if (typeof m.transient !== "boolean")
                        return "transient: boolean expected";
                }
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext")) {
                    if (!(m.ciphertext && typeof m.ciphertext.length === "number" || $util.isString(m.ciphertext)))
                        return "ciphertext: buffer expected";
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.Envelope();
                if (d.senderAccount != null) {
                    if (d.senderAccount.length) {
                        if (typeof d.senderAccount === "string")
                            $util.base64.decode(d.senderAccount, m.senderAccount = $util.newBuffer($util.base64.length(d.senderAccount)), 0);
                        else if (d.senderAccount.length >= 0)
                            m.senderAccount = d.senderAccount;
                    }
                }
                if (d.senderDevice != null) {
                    if ($Number(d.senderDevice) !== 0) {
                        m.senderDevice = d.senderDevice >>> 0;
                    }
                }
                if (d.sequence != null) {
                    if (typeof d.sequence === "object" ? d.sequence.low || d.sequence.high : $Number(d.sequence) !== 0) {
                        if ($util.Long)
                            m.sequence = $util.Long.fromValue(d.sequence, true);
                        else if (typeof d.sequence === "string")
                            m.sequence = $parseInt(d.sequence, 10);
                        else if (typeof d.sequence === "number")
                            m.sequence = d.sequence;
                        else if (typeof d.sequence === "object")
                            m.sequence = new $util.LongBits(d.sequence.low >>> 0, d.sequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.destinationAccount != null) {
                    if (d.destinationAccount.length) {
                        if (typeof d.destinationAccount === "string")
                            $util.base64.decode(d.destinationAccount, m.destinationAccount = $util.newBuffer($util.base64.length(d.destinationAccount)), 0);
                        else if (d.destinationAccount.length >= 0)
                            m.destinationAccount = d.destinationAccount;
                    }
                }
                if (d.acceptedAtMs != null) {
                    if (typeof d.acceptedAtMs === "object" ? d.acceptedAtMs.low || d.acceptedAtMs.high : $Number(d.acceptedAtMs) !== 0) {
                        if ($util.Long)
                            m.acceptedAtMs = $util.Long.fromValue(d.acceptedAtMs, true);
                        else if (typeof d.acceptedAtMs === "string")
                            m.acceptedAtMs = $parseInt(d.acceptedAtMs, 10);
                        else if (typeof d.acceptedAtMs === "number")
                            m.acceptedAtMs = d.acceptedAtMs;
                        else if (typeof d.acceptedAtMs === "object")
                            m.acceptedAtMs = new $util.LongBits(d.acceptedAtMs.low >>> 0, d.acceptedAtMs.high >>> 0).toNumber(true);
                    }
                }
                if (d.transient != null) {
                    if (d.transient) {
                        m.transient = $Boolean(d.transient);
                    }
                }
                if (d.ciphertext != null) {
                    if (d.ciphertext.length) {
                        if (typeof d.ciphertext === "string")
                            $util.base64.decode(d.ciphertext, m.ciphertext = $util.newBuffer($util.base64.length(d.ciphertext)), 0);
                        else if (d.ciphertext.length >= 0)
                            m.ciphertext = d.ciphertext;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {deftalk.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.senderAccount = "";
                    else {
                        d.senderAccount = [];
                        if (o.bytes !== $Array)
                            d.senderAccount = $util.newBuffer(d.senderAccount);
                    }
                    d.senderDevice = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.destinationAccount = "";
                    else {
                        d.destinationAccount = [];
                        if (o.bytes !== $Array)
                            d.destinationAccount = $util.newBuffer(d.destinationAccount);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.acceptedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.acceptedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.transient = false;
                    if (o.bytes === $String)
                        d.ciphertext = "";
                    else {
                        d.ciphertext = [];
                        if (o.bytes !== $Array)
                            d.ciphertext = $util.newBuffer(d.ciphertext);
                    }
                }
                if (m.senderAccount != null && $Object.hasOwnProperty.call(m, "senderAccount")) {
                    d.senderAccount = o.bytes === $String ? $util.base64.encode(m.senderAccount, 0, m.senderAccount.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.senderAccount) : m.senderAccount;
                }
                if (m.senderDevice != null && $Object.hasOwnProperty.call(m, "senderDevice")) {
                    d.senderDevice = m.senderDevice;
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequence = typeof m.sequence === "number" ? $BigInt(m.sequence) : $util.Long.fromBits(m.sequence.low >>> 0, m.sequence.high >>> 0, true).toBigInt();
                    else if (typeof m.sequence === "number")
                        d.sequence = o.longs === $String ? $String(m.sequence) : m.sequence;
                    else
                        d.sequence = o.longs === $String ? $util.Long.prototype.toString.call(m.sequence) : o.longs === $Number ? new $util.LongBits(m.sequence.low >>> 0, m.sequence.high >>> 0).toNumber(true) : m.sequence;
                }
                if (m.destinationAccount != null && $Object.hasOwnProperty.call(m, "destinationAccount")) {
                    d.destinationAccount = o.bytes === $String ? $util.base64.encode(m.destinationAccount, 0, m.destinationAccount.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.destinationAccount) : m.destinationAccount;
                }
                if (m.acceptedAtMs != null && $Object.hasOwnProperty.call(m, "acceptedAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.acceptedAtMs = typeof m.acceptedAtMs === "number" ? $BigInt(m.acceptedAtMs) : $util.Long.fromBits(m.acceptedAtMs.low >>> 0, m.acceptedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof m.acceptedAtMs === "number")
                        d.acceptedAtMs = o.longs === $String ? $String(m.acceptedAtMs) : m.acceptedAtMs;
                    else
                        d.acceptedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.acceptedAtMs) : o.longs === $Number ? new $util.LongBits(m.acceptedAtMs.low >>> 0, m.acceptedAtMs.high >>> 0).toNumber(true) : m.acceptedAtMs;
                }
                if (m.transient != null && $Object.hasOwnProperty.call(m, "transient")) {
                    d.transient = m.transient;
                }
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext")) {
                    d.ciphertext = o.bytes === $String ? $util.base64.encode(m.ciphertext, 0, m.ciphertext.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.ciphertext) : m.ciphertext;
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof deftalk.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof deftalk.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.Envelope";
            };

            return Envelope;
        })();

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

        v1.DiscoveryEvaluateRequest = (function() {

            /**
             * Properties of a DiscoveryEvaluateRequest.
             * @typedef {Object} deftalk.v1.DiscoveryEvaluateRequest.$Properties
             * @property {Array.<Uint8Array>|null} [blindedElements] DiscoveryEvaluateRequest blindedElements
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiscoveryEvaluateRequest.
             * @memberof deftalk.v1
             * @interface IDiscoveryEvaluateRequest
             * @augments deftalk.v1.DiscoveryEvaluateRequest.$Properties
             * @deprecated Use deftalk.v1.DiscoveryEvaluateRequest.$Properties instead.
             */

            /**
             * Shape of a DiscoveryEvaluateRequest.
             * @typedef {deftalk.v1.DiscoveryEvaluateRequest.$Properties} deftalk.v1.DiscoveryEvaluateRequest.$Shape
             */

            /**
             * Constructs a new DiscoveryEvaluateRequest.
             * @memberof deftalk.v1
             * @classdesc Represents a DiscoveryEvaluateRequest.
             * @constructor
             * @param {deftalk.v1.DiscoveryEvaluateRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiscoveryEvaluateRequest = function (p) {
                this.blindedElements = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiscoveryEvaluateRequest blindedElements.
             * @member {Array.<Uint8Array>} blindedElements
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @instance
             */
            DiscoveryEvaluateRequest.prototype.blindedElements = $util.emptyArray;

            /**
             * Creates a new DiscoveryEvaluateRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {deftalk.v1.DiscoveryEvaluateRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DiscoveryEvaluateRequest} DiscoveryEvaluateRequest instance
             * @type {{
             *   (properties: deftalk.v1.DiscoveryEvaluateRequest.$Shape): deftalk.v1.DiscoveryEvaluateRequest & deftalk.v1.DiscoveryEvaluateRequest.$Shape;
             *   (properties?: deftalk.v1.DiscoveryEvaluateRequest.$Properties): deftalk.v1.DiscoveryEvaluateRequest;
             * }}
             */
            DiscoveryEvaluateRequest.create = function(properties) {
                return new DiscoveryEvaluateRequest(properties);
            };

            /**
             * Encodes the specified DiscoveryEvaluateRequest message. Does not implicitly {@link deftalk.v1.DiscoveryEvaluateRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {deftalk.v1.DiscoveryEvaluateRequest.$Properties} m DiscoveryEvaluateRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryEvaluateRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.blindedElements != null && m.blindedElements.length) {
                    for (var i = 0; i < m.blindedElements.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.blindedElements[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DiscoveryEvaluateRequest message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryEvaluateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {deftalk.v1.DiscoveryEvaluateRequest.$Properties} message DiscoveryEvaluateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryEvaluateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DiscoveryEvaluateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryEvaluateRequest & deftalk.v1.DiscoveryEvaluateRequest.$Shape} DiscoveryEvaluateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryEvaluateRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.DiscoveryEvaluateRequest();
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
                            if (u !== 2)
                                break;
                            if (!(m.blindedElements && m.blindedElements.length))
                                m.blindedElements = [];
                            m.blindedElements.push(r.bytes());
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
             * Decodes a DiscoveryEvaluateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryEvaluateRequest & deftalk.v1.DiscoveryEvaluateRequest.$Shape} DiscoveryEvaluateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryEvaluateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DiscoveryEvaluateRequest message.
             * @function verify
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiscoveryEvaluateRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.blindedElements != null && $Object.hasOwnProperty.call(m, "blindedElements")) {
                    if (!$Array.isArray(m.blindedElements))
                        return "blindedElements: array expected";
                    for (var i = 0; i < m.blindedElements.length; ++i) {
                        if (!(m.blindedElements[i] && typeof m.blindedElements[i].length === "number" || $util.isString(m.blindedElements[i])))
                            return "blindedElements: buffer[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a DiscoveryEvaluateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DiscoveryEvaluateRequest} DiscoveryEvaluateRequest
             */
            DiscoveryEvaluateRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DiscoveryEvaluateRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DiscoveryEvaluateRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DiscoveryEvaluateRequest();
                if (d.blindedElements) {
                    if (!$Array.isArray(d.blindedElements))
                        throw $TypeError(".deftalk.v1.DiscoveryEvaluateRequest.blindedElements: array expected");
                    m.blindedElements = $Array(d.blindedElements.length);
                    for (var i = 0; i < d.blindedElements.length; ++i) {
                        if (typeof d.blindedElements[i] === "string")
                            $util.base64.decode(d.blindedElements[i], m.blindedElements[i] = $util.newBuffer($util.base64.length(d.blindedElements[i])), 0);
                        else if (d.blindedElements[i].length >= 0)
                            m.blindedElements[i] = d.blindedElements[i];
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DiscoveryEvaluateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {deftalk.v1.DiscoveryEvaluateRequest} m DiscoveryEvaluateRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiscoveryEvaluateRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.blindedElements = [];
                }
                if (m.blindedElements && m.blindedElements.length) {
                    d.blindedElements = $Array(m.blindedElements.length);
                    for (var j = 0; j < m.blindedElements.length; ++j) {
                        d.blindedElements[j] = o.bytes === $String ? $util.base64.encode(m.blindedElements[j], 0, m.blindedElements[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.blindedElements[j]) : m.blindedElements[j];
                    }
                }
                return d;
            };

            /**
             * Converts this DiscoveryEvaluateRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiscoveryEvaluateRequest.prototype.toJSON = function() {
                return DiscoveryEvaluateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiscoveryEvaluateRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.DiscoveryEvaluateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiscoveryEvaluateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DiscoveryEvaluateRequest";
            };

            return DiscoveryEvaluateRequest;
        })();

        v1.DiscoveryEvaluateResponse = (function() {

            /**
             * Properties of a DiscoveryEvaluateResponse.
             * @typedef {Object} deftalk.v1.DiscoveryEvaluateResponse.$Properties
             * @property {Array.<Uint8Array>|null} [evaluatedElements] DiscoveryEvaluateResponse evaluatedElements
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiscoveryEvaluateResponse.
             * @memberof deftalk.v1
             * @interface IDiscoveryEvaluateResponse
             * @augments deftalk.v1.DiscoveryEvaluateResponse.$Properties
             * @deprecated Use deftalk.v1.DiscoveryEvaluateResponse.$Properties instead.
             */

            /**
             * Shape of a DiscoveryEvaluateResponse.
             * @typedef {deftalk.v1.DiscoveryEvaluateResponse.$Properties} deftalk.v1.DiscoveryEvaluateResponse.$Shape
             */

            /**
             * Constructs a new DiscoveryEvaluateResponse.
             * @memberof deftalk.v1
             * @classdesc Represents a DiscoveryEvaluateResponse.
             * @constructor
             * @param {deftalk.v1.DiscoveryEvaluateResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiscoveryEvaluateResponse = function (p) {
                this.evaluatedElements = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiscoveryEvaluateResponse evaluatedElements.
             * @member {Array.<Uint8Array>} evaluatedElements
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @instance
             */
            DiscoveryEvaluateResponse.prototype.evaluatedElements = $util.emptyArray;

            /**
             * Creates a new DiscoveryEvaluateResponse instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {deftalk.v1.DiscoveryEvaluateResponse.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DiscoveryEvaluateResponse} DiscoveryEvaluateResponse instance
             * @type {{
             *   (properties: deftalk.v1.DiscoveryEvaluateResponse.$Shape): deftalk.v1.DiscoveryEvaluateResponse & deftalk.v1.DiscoveryEvaluateResponse.$Shape;
             *   (properties?: deftalk.v1.DiscoveryEvaluateResponse.$Properties): deftalk.v1.DiscoveryEvaluateResponse;
             * }}
             */
            DiscoveryEvaluateResponse.create = function(properties) {
                return new DiscoveryEvaluateResponse(properties);
            };

            /**
             * Encodes the specified DiscoveryEvaluateResponse message. Does not implicitly {@link deftalk.v1.DiscoveryEvaluateResponse.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {deftalk.v1.DiscoveryEvaluateResponse.$Properties} m DiscoveryEvaluateResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryEvaluateResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.evaluatedElements != null && m.evaluatedElements.length) {
                    for (var i = 0; i < m.evaluatedElements.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.evaluatedElements[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DiscoveryEvaluateResponse message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryEvaluateResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {deftalk.v1.DiscoveryEvaluateResponse.$Properties} message DiscoveryEvaluateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryEvaluateResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DiscoveryEvaluateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryEvaluateResponse & deftalk.v1.DiscoveryEvaluateResponse.$Shape} DiscoveryEvaluateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryEvaluateResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.DiscoveryEvaluateResponse();
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
                            if (u !== 2)
                                break;
                            if (!(m.evaluatedElements && m.evaluatedElements.length))
                                m.evaluatedElements = [];
                            m.evaluatedElements.push(r.bytes());
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
             * Decodes a DiscoveryEvaluateResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryEvaluateResponse & deftalk.v1.DiscoveryEvaluateResponse.$Shape} DiscoveryEvaluateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryEvaluateResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DiscoveryEvaluateResponse message.
             * @function verify
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiscoveryEvaluateResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.evaluatedElements != null && $Object.hasOwnProperty.call(m, "evaluatedElements")) {
                    if (!$Array.isArray(m.evaluatedElements))
                        return "evaluatedElements: array expected";
                    for (var i = 0; i < m.evaluatedElements.length; ++i) {
                        if (!(m.evaluatedElements[i] && typeof m.evaluatedElements[i].length === "number" || $util.isString(m.evaluatedElements[i])))
                            return "evaluatedElements: buffer[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a DiscoveryEvaluateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DiscoveryEvaluateResponse} DiscoveryEvaluateResponse
             */
            DiscoveryEvaluateResponse.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DiscoveryEvaluateResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DiscoveryEvaluateResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DiscoveryEvaluateResponse();
                if (d.evaluatedElements) {
                    if (!$Array.isArray(d.evaluatedElements))
                        throw $TypeError(".deftalk.v1.DiscoveryEvaluateResponse.evaluatedElements: array expected");
                    m.evaluatedElements = $Array(d.evaluatedElements.length);
                    for (var i = 0; i < d.evaluatedElements.length; ++i) {
                        if (typeof d.evaluatedElements[i] === "string")
                            $util.base64.decode(d.evaluatedElements[i], m.evaluatedElements[i] = $util.newBuffer($util.base64.length(d.evaluatedElements[i])), 0);
                        else if (d.evaluatedElements[i].length >= 0)
                            m.evaluatedElements[i] = d.evaluatedElements[i];
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DiscoveryEvaluateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {deftalk.v1.DiscoveryEvaluateResponse} m DiscoveryEvaluateResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiscoveryEvaluateResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.evaluatedElements = [];
                }
                if (m.evaluatedElements && m.evaluatedElements.length) {
                    d.evaluatedElements = $Array(m.evaluatedElements.length);
                    for (var j = 0; j < m.evaluatedElements.length; ++j) {
                        d.evaluatedElements[j] = o.bytes === $String ? $util.base64.encode(m.evaluatedElements[j], 0, m.evaluatedElements[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.evaluatedElements[j]) : m.evaluatedElements[j];
                    }
                }
                return d;
            };

            /**
             * Converts this DiscoveryEvaluateResponse to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiscoveryEvaluateResponse.prototype.toJSON = function() {
                return DiscoveryEvaluateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiscoveryEvaluateResponse
             * @function getTypeUrl
             * @memberof deftalk.v1.DiscoveryEvaluateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiscoveryEvaluateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DiscoveryEvaluateResponse";
            };

            return DiscoveryEvaluateResponse;
        })();

        v1.DiscoveryLookupRequest = (function() {

            /**
             * Properties of a DiscoveryLookupRequest.
             * @typedef {Object} deftalk.v1.DiscoveryLookupRequest.$Properties
             * @property {Array.<Uint8Array>|null} [outputs] DiscoveryLookupRequest outputs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiscoveryLookupRequest.
             * @memberof deftalk.v1
             * @interface IDiscoveryLookupRequest
             * @augments deftalk.v1.DiscoveryLookupRequest.$Properties
             * @deprecated Use deftalk.v1.DiscoveryLookupRequest.$Properties instead.
             */

            /**
             * Shape of a DiscoveryLookupRequest.
             * @typedef {deftalk.v1.DiscoveryLookupRequest.$Properties} deftalk.v1.DiscoveryLookupRequest.$Shape
             */

            /**
             * Constructs a new DiscoveryLookupRequest.
             * @memberof deftalk.v1
             * @classdesc Represents a DiscoveryLookupRequest.
             * @constructor
             * @param {deftalk.v1.DiscoveryLookupRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiscoveryLookupRequest = function (p) {
                this.outputs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiscoveryLookupRequest outputs.
             * @member {Array.<Uint8Array>} outputs
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @instance
             */
            DiscoveryLookupRequest.prototype.outputs = $util.emptyArray;

            /**
             * Creates a new DiscoveryLookupRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {deftalk.v1.DiscoveryLookupRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DiscoveryLookupRequest} DiscoveryLookupRequest instance
             * @type {{
             *   (properties: deftalk.v1.DiscoveryLookupRequest.$Shape): deftalk.v1.DiscoveryLookupRequest & deftalk.v1.DiscoveryLookupRequest.$Shape;
             *   (properties?: deftalk.v1.DiscoveryLookupRequest.$Properties): deftalk.v1.DiscoveryLookupRequest;
             * }}
             */
            DiscoveryLookupRequest.create = function(properties) {
                return new DiscoveryLookupRequest(properties);
            };

            /**
             * Encodes the specified DiscoveryLookupRequest message. Does not implicitly {@link deftalk.v1.DiscoveryLookupRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {deftalk.v1.DiscoveryLookupRequest.$Properties} m DiscoveryLookupRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryLookupRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.outputs != null && m.outputs.length) {
                    for (var i = 0; i < m.outputs.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.outputs[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DiscoveryLookupRequest message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryLookupRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {deftalk.v1.DiscoveryLookupRequest.$Properties} message DiscoveryLookupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryLookupRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DiscoveryLookupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryLookupRequest & deftalk.v1.DiscoveryLookupRequest.$Shape} DiscoveryLookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryLookupRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.DiscoveryLookupRequest();
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
                            if (u !== 2)
                                break;
                            if (!(m.outputs && m.outputs.length))
                                m.outputs = [];
                            m.outputs.push(r.bytes());
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
             * Decodes a DiscoveryLookupRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryLookupRequest & deftalk.v1.DiscoveryLookupRequest.$Shape} DiscoveryLookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryLookupRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DiscoveryLookupRequest message.
             * @function verify
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiscoveryLookupRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.outputs != null && $Object.hasOwnProperty.call(m, "outputs")) {
                    if (!$Array.isArray(m.outputs))
                        return "outputs: array expected";
                    for (var i = 0; i < m.outputs.length; ++i) {
                        if (!(m.outputs[i] && typeof m.outputs[i].length === "number" || $util.isString(m.outputs[i])))
                            return "outputs: buffer[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a DiscoveryLookupRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DiscoveryLookupRequest} DiscoveryLookupRequest
             */
            DiscoveryLookupRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DiscoveryLookupRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DiscoveryLookupRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DiscoveryLookupRequest();
                if (d.outputs) {
                    if (!$Array.isArray(d.outputs))
                        throw $TypeError(".deftalk.v1.DiscoveryLookupRequest.outputs: array expected");
                    m.outputs = $Array(d.outputs.length);
                    for (var i = 0; i < d.outputs.length; ++i) {
                        if (typeof d.outputs[i] === "string")
                            $util.base64.decode(d.outputs[i], m.outputs[i] = $util.newBuffer($util.base64.length(d.outputs[i])), 0);
                        else if (d.outputs[i].length >= 0)
                            m.outputs[i] = d.outputs[i];
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DiscoveryLookupRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {deftalk.v1.DiscoveryLookupRequest} m DiscoveryLookupRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiscoveryLookupRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.outputs = [];
                }
                if (m.outputs && m.outputs.length) {
                    d.outputs = $Array(m.outputs.length);
                    for (var j = 0; j < m.outputs.length; ++j) {
                        d.outputs[j] = o.bytes === $String ? $util.base64.encode(m.outputs[j], 0, m.outputs[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.outputs[j]) : m.outputs[j];
                    }
                }
                return d;
            };

            /**
             * Converts this DiscoveryLookupRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiscoveryLookupRequest.prototype.toJSON = function() {
                return DiscoveryLookupRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiscoveryLookupRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.DiscoveryLookupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiscoveryLookupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DiscoveryLookupRequest";
            };

            return DiscoveryLookupRequest;
        })();

        v1.DiscoveryMatch = (function() {

            /**
             * Properties of a DiscoveryMatch.
             * @typedef {Object} deftalk.v1.DiscoveryMatch.$Properties
             * @property {number|null} [index] DiscoveryMatch index
             * @property {Uint8Array|null} [accountId] DiscoveryMatch accountId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiscoveryMatch.
             * @memberof deftalk.v1
             * @interface IDiscoveryMatch
             * @augments deftalk.v1.DiscoveryMatch.$Properties
             * @deprecated Use deftalk.v1.DiscoveryMatch.$Properties instead.
             */

            /**
             * Shape of a DiscoveryMatch.
             * @typedef {deftalk.v1.DiscoveryMatch.$Properties} deftalk.v1.DiscoveryMatch.$Shape
             */

            /**
             * Constructs a new DiscoveryMatch.
             * @memberof deftalk.v1
             * @classdesc Represents a DiscoveryMatch.
             * @constructor
             * @param {deftalk.v1.DiscoveryMatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiscoveryMatch = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiscoveryMatch index.
             * @member {number} index
             * @memberof deftalk.v1.DiscoveryMatch
             * @instance
             */
            DiscoveryMatch.prototype.index = 0;

            /**
             * DiscoveryMatch accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.DiscoveryMatch
             * @instance
             */
            DiscoveryMatch.prototype.accountId = $util.newBuffer([]);

            /**
             * Creates a new DiscoveryMatch instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {deftalk.v1.DiscoveryMatch.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DiscoveryMatch} DiscoveryMatch instance
             * @type {{
             *   (properties: deftalk.v1.DiscoveryMatch.$Shape): deftalk.v1.DiscoveryMatch & deftalk.v1.DiscoveryMatch.$Shape;
             *   (properties?: deftalk.v1.DiscoveryMatch.$Properties): deftalk.v1.DiscoveryMatch;
             * }}
             */
            DiscoveryMatch.create = function(properties) {
                return new DiscoveryMatch(properties);
            };

            /**
             * Encodes the specified DiscoveryMatch message. Does not implicitly {@link deftalk.v1.DiscoveryMatch.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {deftalk.v1.DiscoveryMatch.$Properties} m DiscoveryMatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryMatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.index);
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.accountId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DiscoveryMatch message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryMatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {deftalk.v1.DiscoveryMatch.$Properties} message DiscoveryMatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryMatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DiscoveryMatch message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryMatch & deftalk.v1.DiscoveryMatch.$Shape} DiscoveryMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryMatch.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.DiscoveryMatch();
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
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
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
             * Decodes a DiscoveryMatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryMatch & deftalk.v1.DiscoveryMatch.$Shape} DiscoveryMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryMatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DiscoveryMatch message.
             * @function verify
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiscoveryMatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index))
                        return "index: integer expected";
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                return null;
            };

            /**
             * Creates a DiscoveryMatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DiscoveryMatch} DiscoveryMatch
             */
            DiscoveryMatch.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DiscoveryMatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DiscoveryMatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DiscoveryMatch();
                if (d.index != null) {
                    if ($Number(d.index) !== 0) {
                        m.index = d.index >>> 0;
                    }
                }
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DiscoveryMatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {deftalk.v1.DiscoveryMatch} m DiscoveryMatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiscoveryMatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.index = 0;
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    d.index = m.index;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                return d;
            };

            /**
             * Converts this DiscoveryMatch to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DiscoveryMatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiscoveryMatch.prototype.toJSON = function() {
                return DiscoveryMatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiscoveryMatch
             * @function getTypeUrl
             * @memberof deftalk.v1.DiscoveryMatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiscoveryMatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DiscoveryMatch";
            };

            return DiscoveryMatch;
        })();

        v1.DiscoveryLookupResponse = (function() {

            /**
             * Properties of a DiscoveryLookupResponse.
             * @typedef {Object} deftalk.v1.DiscoveryLookupResponse.$Properties
             * @property {Array.<deftalk.v1.DiscoveryMatch.$Properties>|null} [matches] DiscoveryLookupResponse matches
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiscoveryLookupResponse.
             * @memberof deftalk.v1
             * @interface IDiscoveryLookupResponse
             * @augments deftalk.v1.DiscoveryLookupResponse.$Properties
             * @deprecated Use deftalk.v1.DiscoveryLookupResponse.$Properties instead.
             */

            /**
             * Shape of a DiscoveryLookupResponse.
             * @typedef {deftalk.v1.DiscoveryLookupResponse.$Properties} deftalk.v1.DiscoveryLookupResponse.$Shape
             */

            /**
             * Constructs a new DiscoveryLookupResponse.
             * @memberof deftalk.v1
             * @classdesc Represents a DiscoveryLookupResponse.
             * @constructor
             * @param {deftalk.v1.DiscoveryLookupResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiscoveryLookupResponse = function (p) {
                this.matches = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiscoveryLookupResponse matches.
             * @member {Array.<deftalk.v1.DiscoveryMatch.$Properties>} matches
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @instance
             */
            DiscoveryLookupResponse.prototype.matches = $util.emptyArray;

            /**
             * Creates a new DiscoveryLookupResponse instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {deftalk.v1.DiscoveryLookupResponse.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.DiscoveryLookupResponse} DiscoveryLookupResponse instance
             * @type {{
             *   (properties: deftalk.v1.DiscoveryLookupResponse.$Shape): deftalk.v1.DiscoveryLookupResponse & deftalk.v1.DiscoveryLookupResponse.$Shape;
             *   (properties?: deftalk.v1.DiscoveryLookupResponse.$Properties): deftalk.v1.DiscoveryLookupResponse;
             * }}
             */
            DiscoveryLookupResponse.create = function(properties) {
                return new DiscoveryLookupResponse(properties);
            };

            /**
             * Encodes the specified DiscoveryLookupResponse message. Does not implicitly {@link deftalk.v1.DiscoveryLookupResponse.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {deftalk.v1.DiscoveryLookupResponse.$Properties} m DiscoveryLookupResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryLookupResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matches != null && m.matches.length) {
                    for (var i = 0; i < m.matches.length; ++i)
                        $root.deftalk.v1.DiscoveryMatch.encode(m.matches[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DiscoveryLookupResponse message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryLookupResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {deftalk.v1.DiscoveryLookupResponse.$Properties} message DiscoveryLookupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoveryLookupResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DiscoveryLookupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryLookupResponse & deftalk.v1.DiscoveryLookupResponse.$Shape} DiscoveryLookupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryLookupResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.DiscoveryLookupResponse();
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
                            if (u !== 2)
                                break;
                            if (!(m.matches && m.matches.length))
                                m.matches = [];
                            m.matches.push($root.deftalk.v1.DiscoveryMatch.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a DiscoveryLookupResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryLookupResponse & deftalk.v1.DiscoveryLookupResponse.$Shape} DiscoveryLookupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoveryLookupResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DiscoveryLookupResponse message.
             * @function verify
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiscoveryLookupResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.matches != null && $Object.hasOwnProperty.call(m, "matches")) {
                    if (!$Array.isArray(m.matches))
                        return "matches: array expected";
                    for (var i = 0; i < m.matches.length; ++i) {
                        {
                            var e = $root.deftalk.v1.DiscoveryMatch.verify(m.matches[i], q + 1);
                            if (e)
                                return "matches." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a DiscoveryLookupResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.DiscoveryLookupResponse} DiscoveryLookupResponse
             */
            DiscoveryLookupResponse.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.DiscoveryLookupResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.DiscoveryLookupResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.DiscoveryLookupResponse();
                if (d.matches) {
                    if (!$Array.isArray(d.matches))
                        throw $TypeError(".deftalk.v1.DiscoveryLookupResponse.matches: array expected");
                    m.matches = $Array(d.matches.length);
                    for (var i = 0; i < d.matches.length; ++i) {
                        if (!$util.isObject(d.matches[i]))
                            throw $TypeError(".deftalk.v1.DiscoveryLookupResponse.matches: object expected");
                        m.matches[i] = $root.deftalk.v1.DiscoveryMatch.fromObject(d.matches[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DiscoveryLookupResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {deftalk.v1.DiscoveryLookupResponse} m DiscoveryLookupResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiscoveryLookupResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.matches = [];
                }
                if (m.matches && m.matches.length) {
                    d.matches = $Array(m.matches.length);
                    for (var j = 0; j < m.matches.length; ++j) {
                        d.matches[j] = $root.deftalk.v1.DiscoveryMatch.toObject(m.matches[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this DiscoveryLookupResponse to JSON.
             * @function toJSON
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiscoveryLookupResponse.prototype.toJSON = function() {
                return DiscoveryLookupResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiscoveryLookupResponse
             * @function getTypeUrl
             * @memberof deftalk.v1.DiscoveryLookupResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiscoveryLookupResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.DiscoveryLookupResponse";
            };

            return DiscoveryLookupResponse;
        })();

        v1.SignedPreKey = (function() {

            /**
             * Properties of a SignedPreKey.
             * @typedef {Object} deftalk.v1.SignedPreKey.$Properties
             * @property {number|null} [keyId] SignedPreKey keyId
             * @property {Uint8Array|null} [publicKey] SignedPreKey publicKey
             * @property {Uint8Array|null} [signature] SignedPreKey signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedPreKey.
             * @memberof deftalk.v1
             * @interface ISignedPreKey
             * @augments deftalk.v1.SignedPreKey.$Properties
             * @deprecated Use deftalk.v1.SignedPreKey.$Properties instead.
             */

            /**
             * Shape of a SignedPreKey.
             * @typedef {deftalk.v1.SignedPreKey.$Properties} deftalk.v1.SignedPreKey.$Shape
             */

            /**
             * Constructs a new SignedPreKey.
             * @memberof deftalk.v1
             * @classdesc Represents a SignedPreKey.
             * @constructor
             * @param {deftalk.v1.SignedPreKey.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedPreKey = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedPreKey keyId.
             * @member {number} keyId
             * @memberof deftalk.v1.SignedPreKey
             * @instance
             */
            SignedPreKey.prototype.keyId = 0;

            /**
             * SignedPreKey publicKey.
             * @member {Uint8Array} publicKey
             * @memberof deftalk.v1.SignedPreKey
             * @instance
             */
            SignedPreKey.prototype.publicKey = $util.newBuffer([]);

            /**
             * SignedPreKey signature.
             * @member {Uint8Array} signature
             * @memberof deftalk.v1.SignedPreKey
             * @instance
             */
            SignedPreKey.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedPreKey instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {deftalk.v1.SignedPreKey.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.SignedPreKey} SignedPreKey instance
             * @type {{
             *   (properties: deftalk.v1.SignedPreKey.$Shape): deftalk.v1.SignedPreKey & deftalk.v1.SignedPreKey.$Shape;
             *   (properties?: deftalk.v1.SignedPreKey.$Properties): deftalk.v1.SignedPreKey;
             * }}
             */
            SignedPreKey.create = function(properties) {
                return new SignedPreKey(properties);
            };

            /**
             * Encodes the specified SignedPreKey message. Does not implicitly {@link deftalk.v1.SignedPreKey.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {deftalk.v1.SignedPreKey.$Properties} m SignedPreKey message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedPreKey.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId") && m.keyId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.keyId);
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey") && m.publicKey.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.publicKey);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SignedPreKey message, length delimited. Does not implicitly {@link deftalk.v1.SignedPreKey.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {deftalk.v1.SignedPreKey.$Properties} message SignedPreKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedPreKey.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SignedPreKey message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.SignedPreKey & deftalk.v1.SignedPreKey.$Shape} SignedPreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedPreKey.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.SignedPreKey();
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
                                m.keyId = v;
                            else
                                delete m.keyId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.publicKey = v;
                            else
                                delete m.publicKey;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
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
             * Decodes a SignedPreKey message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.SignedPreKey & deftalk.v1.SignedPreKey.$Shape} SignedPreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedPreKey.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SignedPreKey message.
             * @function verify
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedPreKey.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                    if (!$util.isInteger(m.keyId))
                        return "keyId: integer expected";
                }
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey")) {
                    if (!(m.publicKey && typeof m.publicKey.length === "number" || $util.isString(m.publicKey)))
                        return "publicKey: buffer expected";
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                        return "signature: buffer expected";
                }
                return null;
            };

            /**
             * Creates a SignedPreKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.SignedPreKey} SignedPreKey
             */
            SignedPreKey.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.SignedPreKey)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.SignedPreKey: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.SignedPreKey();
                if (d.keyId != null) {
                    if ($Number(d.keyId) !== 0) {
                        m.keyId = d.keyId >>> 0;
                    }
                }
                if (d.publicKey != null) {
                    if (d.publicKey.length) {
                        if (typeof d.publicKey === "string")
                            $util.base64.decode(d.publicKey, m.publicKey = $util.newBuffer($util.base64.length(d.publicKey)), 0);
                        else if (d.publicKey.length >= 0)
                            m.publicKey = d.publicKey;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedPreKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {deftalk.v1.SignedPreKey} m SignedPreKey
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedPreKey.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.keyId = 0;
                    if (o.bytes === $String)
                        d.publicKey = "";
                    else {
                        d.publicKey = [];
                        if (o.bytes !== $Array)
                            d.publicKey = $util.newBuffer(d.publicKey);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                    d.keyId = m.keyId;
                }
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey")) {
                    d.publicKey = o.bytes === $String ? $util.base64.encode(m.publicKey, 0, m.publicKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.publicKey) : m.publicKey;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedPreKey to JSON.
             * @function toJSON
             * @memberof deftalk.v1.SignedPreKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedPreKey.prototype.toJSON = function() {
                return SignedPreKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedPreKey
             * @function getTypeUrl
             * @memberof deftalk.v1.SignedPreKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedPreKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.SignedPreKey";
            };

            return SignedPreKey;
        })();

        v1.OneTimePreKey = (function() {

            /**
             * Properties of a OneTimePreKey.
             * @typedef {Object} deftalk.v1.OneTimePreKey.$Properties
             * @property {number|null} [keyId] OneTimePreKey keyId
             * @property {Uint8Array|null} [publicKey] OneTimePreKey publicKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a OneTimePreKey.
             * @memberof deftalk.v1
             * @interface IOneTimePreKey
             * @augments deftalk.v1.OneTimePreKey.$Properties
             * @deprecated Use deftalk.v1.OneTimePreKey.$Properties instead.
             */

            /**
             * Shape of a OneTimePreKey.
             * @typedef {deftalk.v1.OneTimePreKey.$Properties} deftalk.v1.OneTimePreKey.$Shape
             */

            /**
             * Constructs a new OneTimePreKey.
             * @memberof deftalk.v1
             * @classdesc Represents a OneTimePreKey.
             * @constructor
             * @param {deftalk.v1.OneTimePreKey.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OneTimePreKey = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * OneTimePreKey keyId.
             * @member {number} keyId
             * @memberof deftalk.v1.OneTimePreKey
             * @instance
             */
            OneTimePreKey.prototype.keyId = 0;

            /**
             * OneTimePreKey publicKey.
             * @member {Uint8Array} publicKey
             * @memberof deftalk.v1.OneTimePreKey
             * @instance
             */
            OneTimePreKey.prototype.publicKey = $util.newBuffer([]);

            /**
             * Creates a new OneTimePreKey instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {deftalk.v1.OneTimePreKey.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.OneTimePreKey} OneTimePreKey instance
             * @type {{
             *   (properties: deftalk.v1.OneTimePreKey.$Shape): deftalk.v1.OneTimePreKey & deftalk.v1.OneTimePreKey.$Shape;
             *   (properties?: deftalk.v1.OneTimePreKey.$Properties): deftalk.v1.OneTimePreKey;
             * }}
             */
            OneTimePreKey.create = function(properties) {
                return new OneTimePreKey(properties);
            };

            /**
             * Encodes the specified OneTimePreKey message. Does not implicitly {@link deftalk.v1.OneTimePreKey.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {deftalk.v1.OneTimePreKey.$Properties} m OneTimePreKey message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OneTimePreKey.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId") && m.keyId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.keyId);
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey") && m.publicKey.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.publicKey);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified OneTimePreKey message, length delimited. Does not implicitly {@link deftalk.v1.OneTimePreKey.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {deftalk.v1.OneTimePreKey.$Properties} message OneTimePreKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OneTimePreKey.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a OneTimePreKey message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.OneTimePreKey & deftalk.v1.OneTimePreKey.$Shape} OneTimePreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OneTimePreKey.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.OneTimePreKey();
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
                                m.keyId = v;
                            else
                                delete m.keyId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.publicKey = v;
                            else
                                delete m.publicKey;
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
             * Decodes a OneTimePreKey message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.OneTimePreKey & deftalk.v1.OneTimePreKey.$Shape} OneTimePreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OneTimePreKey.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a OneTimePreKey message.
             * @function verify
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OneTimePreKey.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                    if (!$util.isInteger(m.keyId))
                        return "keyId: integer expected";
                }
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey")) {
                    if (!(m.publicKey && typeof m.publicKey.length === "number" || $util.isString(m.publicKey)))
                        return "publicKey: buffer expected";
                }
                return null;
            };

            /**
             * Creates a OneTimePreKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.OneTimePreKey} OneTimePreKey
             */
            OneTimePreKey.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.OneTimePreKey)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.OneTimePreKey: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.OneTimePreKey();
                if (d.keyId != null) {
                    if ($Number(d.keyId) !== 0) {
                        m.keyId = d.keyId >>> 0;
                    }
                }
                if (d.publicKey != null) {
                    if (d.publicKey.length) {
                        if (typeof d.publicKey === "string")
                            $util.base64.decode(d.publicKey, m.publicKey = $util.newBuffer($util.base64.length(d.publicKey)), 0);
                        else if (d.publicKey.length >= 0)
                            m.publicKey = d.publicKey;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a OneTimePreKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {deftalk.v1.OneTimePreKey} m OneTimePreKey
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OneTimePreKey.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.keyId = 0;
                    if (o.bytes === $String)
                        d.publicKey = "";
                    else {
                        d.publicKey = [];
                        if (o.bytes !== $Array)
                            d.publicKey = $util.newBuffer(d.publicKey);
                    }
                }
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                    d.keyId = m.keyId;
                }
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey")) {
                    d.publicKey = o.bytes === $String ? $util.base64.encode(m.publicKey, 0, m.publicKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.publicKey) : m.publicKey;
                }
                return d;
            };

            /**
             * Converts this OneTimePreKey to JSON.
             * @function toJSON
             * @memberof deftalk.v1.OneTimePreKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OneTimePreKey.prototype.toJSON = function() {
                return OneTimePreKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OneTimePreKey
             * @function getTypeUrl
             * @memberof deftalk.v1.OneTimePreKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OneTimePreKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.OneTimePreKey";
            };

            return OneTimePreKey;
        })();

        v1.KemPreKey = (function() {

            /**
             * Properties of a KemPreKey.
             * @typedef {Object} deftalk.v1.KemPreKey.$Properties
             * @property {number|null} [keyId] KemPreKey keyId
             * @property {Uint8Array|null} [publicKey] KemPreKey publicKey
             * @property {Uint8Array|null} [signature] KemPreKey signature
             * @property {boolean|null} [lastResort] KemPreKey lastResort
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KemPreKey.
             * @memberof deftalk.v1
             * @interface IKemPreKey
             * @augments deftalk.v1.KemPreKey.$Properties
             * @deprecated Use deftalk.v1.KemPreKey.$Properties instead.
             */

            /**
             * Shape of a KemPreKey.
             * @typedef {deftalk.v1.KemPreKey.$Properties} deftalk.v1.KemPreKey.$Shape
             */

            /**
             * Constructs a new KemPreKey.
             * @memberof deftalk.v1
             * @classdesc Represents a KemPreKey.
             * @constructor
             * @param {deftalk.v1.KemPreKey.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KemPreKey = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KemPreKey keyId.
             * @member {number} keyId
             * @memberof deftalk.v1.KemPreKey
             * @instance
             */
            KemPreKey.prototype.keyId = 0;

            /**
             * KemPreKey publicKey.
             * @member {Uint8Array} publicKey
             * @memberof deftalk.v1.KemPreKey
             * @instance
             */
            KemPreKey.prototype.publicKey = $util.newBuffer([]);

            /**
             * KemPreKey signature.
             * @member {Uint8Array} signature
             * @memberof deftalk.v1.KemPreKey
             * @instance
             */
            KemPreKey.prototype.signature = $util.newBuffer([]);

            /**
             * KemPreKey lastResort.
             * @member {boolean} lastResort
             * @memberof deftalk.v1.KemPreKey
             * @instance
             */
            KemPreKey.prototype.lastResort = false;

            /**
             * Creates a new KemPreKey instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {deftalk.v1.KemPreKey.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.KemPreKey} KemPreKey instance
             * @type {{
             *   (properties: deftalk.v1.KemPreKey.$Shape): deftalk.v1.KemPreKey & deftalk.v1.KemPreKey.$Shape;
             *   (properties?: deftalk.v1.KemPreKey.$Properties): deftalk.v1.KemPreKey;
             * }}
             */
            KemPreKey.create = function(properties) {
                return new KemPreKey(properties);
            };

            /**
             * Encodes the specified KemPreKey message. Does not implicitly {@link deftalk.v1.KemPreKey.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {deftalk.v1.KemPreKey.$Properties} m KemPreKey message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KemPreKey.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId") && m.keyId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.keyId);
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey") && m.publicKey.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.publicKey);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.signature);
                if (m.lastResort != null && $Object.hasOwnProperty.call(m, "lastResort") && m.lastResort !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.lastResort);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified KemPreKey message, length delimited. Does not implicitly {@link deftalk.v1.KemPreKey.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {deftalk.v1.KemPreKey.$Properties} message KemPreKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KemPreKey.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KemPreKey message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.KemPreKey & deftalk.v1.KemPreKey.$Shape} KemPreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KemPreKey.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.KemPreKey();
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
                                m.keyId = v;
                            else
                                delete m.keyId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.publicKey = v;
                            else
                                delete m.publicKey;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.lastResort = v;
                            else
                                delete m.lastResort;
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
             * Decodes a KemPreKey message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.KemPreKey & deftalk.v1.KemPreKey.$Shape} KemPreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KemPreKey.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KemPreKey message.
             * @function verify
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KemPreKey.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                    if (!$util.isInteger(m.keyId))
                        return "keyId: integer expected";
                }
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey")) {
                    if (!(m.publicKey && typeof m.publicKey.length === "number" || $util.isString(m.publicKey)))
                        return "publicKey: buffer expected";
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                        return "signature: buffer expected";
                }
                if (m.lastResort != null && $Object.hasOwnProperty.call(m, "lastResort")) {
                    if (typeof m.lastResort !== "boolean")
                        return "lastResort: boolean expected";
                }
                return null;
            };

            /**
             * Creates a KemPreKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.KemPreKey} KemPreKey
             */
            KemPreKey.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.KemPreKey)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.KemPreKey: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.KemPreKey();
                if (d.keyId != null) {
                    if ($Number(d.keyId) !== 0) {
                        m.keyId = d.keyId >>> 0;
                    }
                }
                if (d.publicKey != null) {
                    if (d.publicKey.length) {
                        if (typeof d.publicKey === "string")
                            $util.base64.decode(d.publicKey, m.publicKey = $util.newBuffer($util.base64.length(d.publicKey)), 0);
                        else if (d.publicKey.length >= 0)
                            m.publicKey = d.publicKey;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                if (d.lastResort != null) {
                    if (d.lastResort) {
                        m.lastResort = $Boolean(d.lastResort);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KemPreKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {deftalk.v1.KemPreKey} m KemPreKey
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KemPreKey.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.keyId = 0;
                    if (o.bytes === $String)
                        d.publicKey = "";
                    else {
                        d.publicKey = [];
                        if (o.bytes !== $Array)
                            d.publicKey = $util.newBuffer(d.publicKey);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                    d.lastResort = false;
                }
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                    d.keyId = m.keyId;
                }
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey")) {
                    d.publicKey = o.bytes === $String ? $util.base64.encode(m.publicKey, 0, m.publicKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.publicKey) : m.publicKey;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                if (m.lastResort != null && $Object.hasOwnProperty.call(m, "lastResort")) {
                    d.lastResort = m.lastResort;
                }
                return d;
            };

            /**
             * Converts this KemPreKey to JSON.
             * @function toJSON
             * @memberof deftalk.v1.KemPreKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KemPreKey.prototype.toJSON = function() {
                return KemPreKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KemPreKey
             * @function getTypeUrl
             * @memberof deftalk.v1.KemPreKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KemPreKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.KemPreKey";
            };

            return KemPreKey;
        })();

        v1.PreKeyUpload = (function() {

            /**
             * Properties of a PreKeyUpload.
             * @typedef {Object} deftalk.v1.PreKeyUpload.$Properties
             * @property {deftalk.v1.SignedPreKey.$Properties|null} [signedPrekey] PreKeyUpload signedPrekey
             * @property {Array.<deftalk.v1.OneTimePreKey.$Properties>|null} [oneTimePrekeys] PreKeyUpload oneTimePrekeys
             * @property {Array.<deftalk.v1.KemPreKey.$Properties>|null} [kemPrekeys] PreKeyUpload kemPrekeys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PreKeyUpload.
             * @memberof deftalk.v1
             * @interface IPreKeyUpload
             * @augments deftalk.v1.PreKeyUpload.$Properties
             * @deprecated Use deftalk.v1.PreKeyUpload.$Properties instead.
             */

            /**
             * Shape of a PreKeyUpload.
             * @typedef {deftalk.v1.PreKeyUpload.$Properties} deftalk.v1.PreKeyUpload.$Shape
             */

            /**
             * Constructs a new PreKeyUpload.
             * @memberof deftalk.v1
             * @classdesc Represents a PreKeyUpload.
             * @constructor
             * @param {deftalk.v1.PreKeyUpload.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PreKeyUpload = function (p) {
                this.oneTimePrekeys = [];
                this.kemPrekeys = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PreKeyUpload signedPrekey.
             * @member {deftalk.v1.SignedPreKey.$Properties|null|undefined} signedPrekey
             * @memberof deftalk.v1.PreKeyUpload
             * @instance
             */
            PreKeyUpload.prototype.signedPrekey = null;

            /**
             * PreKeyUpload oneTimePrekeys.
             * @member {Array.<deftalk.v1.OneTimePreKey.$Properties>} oneTimePrekeys
             * @memberof deftalk.v1.PreKeyUpload
             * @instance
             */
            PreKeyUpload.prototype.oneTimePrekeys = $util.emptyArray;

            /**
             * PreKeyUpload kemPrekeys.
             * @member {Array.<deftalk.v1.KemPreKey.$Properties>} kemPrekeys
             * @memberof deftalk.v1.PreKeyUpload
             * @instance
             */
            PreKeyUpload.prototype.kemPrekeys = $util.emptyArray;

            /**
             * Creates a new PreKeyUpload instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {deftalk.v1.PreKeyUpload.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.PreKeyUpload} PreKeyUpload instance
             * @type {{
             *   (properties: deftalk.v1.PreKeyUpload.$Shape): deftalk.v1.PreKeyUpload & deftalk.v1.PreKeyUpload.$Shape;
             *   (properties?: deftalk.v1.PreKeyUpload.$Properties): deftalk.v1.PreKeyUpload;
             * }}
             */
            PreKeyUpload.create = function(properties) {
                return new PreKeyUpload(properties);
            };

            /**
             * Encodes the specified PreKeyUpload message. Does not implicitly {@link deftalk.v1.PreKeyUpload.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {deftalk.v1.PreKeyUpload.$Properties} m PreKeyUpload message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PreKeyUpload.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey"))
                    $root.deftalk.v1.SignedPreKey.encode(m.signedPrekey, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.oneTimePrekeys != null && m.oneTimePrekeys.length) {
                    for (var i = 0; i < m.oneTimePrekeys.length; ++i)
                        $root.deftalk.v1.OneTimePreKey.encode(m.oneTimePrekeys[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.kemPrekeys != null && m.kemPrekeys.length) {
                    for (var i = 0; i < m.kemPrekeys.length; ++i)
                        $root.deftalk.v1.KemPreKey.encode(m.kemPrekeys[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PreKeyUpload message, length delimited. Does not implicitly {@link deftalk.v1.PreKeyUpload.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {deftalk.v1.PreKeyUpload.$Properties} message PreKeyUpload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PreKeyUpload.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PreKeyUpload message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.PreKeyUpload & deftalk.v1.PreKeyUpload.$Shape} PreKeyUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PreKeyUpload.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.PreKeyUpload();
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
                            if (u !== 2)
                                break;
                            m.signedPrekey = $root.deftalk.v1.SignedPreKey.decode(r, r.size(), $undefined, q + 1, m.signedPrekey);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.oneTimePrekeys && m.oneTimePrekeys.length))
                                m.oneTimePrekeys = [];
                            m.oneTimePrekeys.push($root.deftalk.v1.OneTimePreKey.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.kemPrekeys && m.kemPrekeys.length))
                                m.kemPrekeys = [];
                            m.kemPrekeys.push($root.deftalk.v1.KemPreKey.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a PreKeyUpload message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.PreKeyUpload & deftalk.v1.PreKeyUpload.$Shape} PreKeyUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PreKeyUpload.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PreKeyUpload message.
             * @function verify
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PreKeyUpload.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey")) {
                    {
                        var e = $root.deftalk.v1.SignedPreKey.verify(m.signedPrekey, q + 1);
                        if (e)
                            return "signedPrekey." + e;
                    }
                }
                if (m.oneTimePrekeys != null && $Object.hasOwnProperty.call(m, "oneTimePrekeys")) {
                    if (!$Array.isArray(m.oneTimePrekeys))
                        return "oneTimePrekeys: array expected";
                    for (var i = 0; i < m.oneTimePrekeys.length; ++i) {
                        {
                            var e = $root.deftalk.v1.OneTimePreKey.verify(m.oneTimePrekeys[i], q + 1);
                            if (e)
                                return "oneTimePrekeys." + e;
                        }
                    }
                }
                if (m.kemPrekeys != null && $Object.hasOwnProperty.call(m, "kemPrekeys")) {
                    if (!$Array.isArray(m.kemPrekeys))
                        return "kemPrekeys: array expected";
                    for (var i = 0; i < m.kemPrekeys.length; ++i) {
                        {
                            var e = $root.deftalk.v1.KemPreKey.verify(m.kemPrekeys[i], q + 1);
                            if (e)
                                return "kemPrekeys." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a PreKeyUpload message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.PreKeyUpload} PreKeyUpload
             */
            PreKeyUpload.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.PreKeyUpload)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.PreKeyUpload: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.PreKeyUpload();
                if (d.signedPrekey != null) {
                    if (!$util.isObject(d.signedPrekey))
                        throw $TypeError(".deftalk.v1.PreKeyUpload.signedPrekey: object expected");
                    m.signedPrekey = $root.deftalk.v1.SignedPreKey.fromObject(d.signedPrekey, q + 1);
                }
                if (d.oneTimePrekeys) {
                    if (!$Array.isArray(d.oneTimePrekeys))
                        throw $TypeError(".deftalk.v1.PreKeyUpload.oneTimePrekeys: array expected");
                    m.oneTimePrekeys = $Array(d.oneTimePrekeys.length);
                    for (var i = 0; i < d.oneTimePrekeys.length; ++i) {
                        if (!$util.isObject(d.oneTimePrekeys[i]))
                            throw $TypeError(".deftalk.v1.PreKeyUpload.oneTimePrekeys: object expected");
                        m.oneTimePrekeys[i] = $root.deftalk.v1.OneTimePreKey.fromObject(d.oneTimePrekeys[i], q + 1);
                    }
                }
                if (d.kemPrekeys) {
                    if (!$Array.isArray(d.kemPrekeys))
                        throw $TypeError(".deftalk.v1.PreKeyUpload.kemPrekeys: array expected");
                    m.kemPrekeys = $Array(d.kemPrekeys.length);
                    for (var i = 0; i < d.kemPrekeys.length; ++i) {
                        if (!$util.isObject(d.kemPrekeys[i]))
                            throw $TypeError(".deftalk.v1.PreKeyUpload.kemPrekeys: object expected");
                        m.kemPrekeys[i] = $root.deftalk.v1.KemPreKey.fromObject(d.kemPrekeys[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PreKeyUpload message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {deftalk.v1.PreKeyUpload} m PreKeyUpload
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PreKeyUpload.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.oneTimePrekeys = [];
                    d.kemPrekeys = [];
                }
                if (o.defaults) {
                    d.signedPrekey = null;
                }
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey")) {
                    d.signedPrekey = $root.deftalk.v1.SignedPreKey.toObject(m.signedPrekey, o, q + 1);
                }
                if (m.oneTimePrekeys && m.oneTimePrekeys.length) {
                    d.oneTimePrekeys = $Array(m.oneTimePrekeys.length);
                    for (var j = 0; j < m.oneTimePrekeys.length; ++j) {
                        d.oneTimePrekeys[j] = $root.deftalk.v1.OneTimePreKey.toObject(m.oneTimePrekeys[j], o, q + 1);
                    }
                }
                if (m.kemPrekeys && m.kemPrekeys.length) {
                    d.kemPrekeys = $Array(m.kemPrekeys.length);
                    for (var j = 0; j < m.kemPrekeys.length; ++j) {
                        d.kemPrekeys[j] = $root.deftalk.v1.KemPreKey.toObject(m.kemPrekeys[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this PreKeyUpload to JSON.
             * @function toJSON
             * @memberof deftalk.v1.PreKeyUpload
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PreKeyUpload.prototype.toJSON = function() {
                return PreKeyUpload.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PreKeyUpload
             * @function getTypeUrl
             * @memberof deftalk.v1.PreKeyUpload
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PreKeyUpload.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.PreKeyUpload";
            };

            return PreKeyUpload;
        })();

        v1.PreKeyStatus = (function() {

            /**
             * Properties of a PreKeyStatus.
             * @typedef {Object} deftalk.v1.PreKeyStatus.$Properties
             * @property {number|null} [oneTimePrekeys] PreKeyStatus oneTimePrekeys
             * @property {number|null} [kemPrekeys] PreKeyStatus kemPrekeys
             * @property {boolean|null} [signedPrekey] PreKeyStatus signedPrekey
             * @property {boolean|null} [lastResortKemPrekey] PreKeyStatus lastResortKemPrekey
             * @property {boolean|null} [lowSupply] PreKeyStatus lowSupply
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PreKeyStatus.
             * @memberof deftalk.v1
             * @interface IPreKeyStatus
             * @augments deftalk.v1.PreKeyStatus.$Properties
             * @deprecated Use deftalk.v1.PreKeyStatus.$Properties instead.
             */

            /**
             * Shape of a PreKeyStatus.
             * @typedef {deftalk.v1.PreKeyStatus.$Properties} deftalk.v1.PreKeyStatus.$Shape
             */

            /**
             * Constructs a new PreKeyStatus.
             * @memberof deftalk.v1
             * @classdesc Represents a PreKeyStatus.
             * @constructor
             * @param {deftalk.v1.PreKeyStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PreKeyStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PreKeyStatus oneTimePrekeys.
             * @member {number} oneTimePrekeys
             * @memberof deftalk.v1.PreKeyStatus
             * @instance
             */
            PreKeyStatus.prototype.oneTimePrekeys = 0;

            /**
             * PreKeyStatus kemPrekeys.
             * @member {number} kemPrekeys
             * @memberof deftalk.v1.PreKeyStatus
             * @instance
             */
            PreKeyStatus.prototype.kemPrekeys = 0;

            /**
             * PreKeyStatus signedPrekey.
             * @member {boolean} signedPrekey
             * @memberof deftalk.v1.PreKeyStatus
             * @instance
             */
            PreKeyStatus.prototype.signedPrekey = false;

            /**
             * PreKeyStatus lastResortKemPrekey.
             * @member {boolean} lastResortKemPrekey
             * @memberof deftalk.v1.PreKeyStatus
             * @instance
             */
            PreKeyStatus.prototype.lastResortKemPrekey = false;

            /**
             * PreKeyStatus lowSupply.
             * @member {boolean} lowSupply
             * @memberof deftalk.v1.PreKeyStatus
             * @instance
             */
            PreKeyStatus.prototype.lowSupply = false;

            /**
             * Creates a new PreKeyStatus instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {deftalk.v1.PreKeyStatus.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.PreKeyStatus} PreKeyStatus instance
             * @type {{
             *   (properties: deftalk.v1.PreKeyStatus.$Shape): deftalk.v1.PreKeyStatus & deftalk.v1.PreKeyStatus.$Shape;
             *   (properties?: deftalk.v1.PreKeyStatus.$Properties): deftalk.v1.PreKeyStatus;
             * }}
             */
            PreKeyStatus.create = function(properties) {
                return new PreKeyStatus(properties);
            };

            /**
             * Encodes the specified PreKeyStatus message. Does not implicitly {@link deftalk.v1.PreKeyStatus.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {deftalk.v1.PreKeyStatus.$Properties} m PreKeyStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PreKeyStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.oneTimePrekeys != null && $Object.hasOwnProperty.call(m, "oneTimePrekeys") && m.oneTimePrekeys !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.oneTimePrekeys);
                if (m.kemPrekeys != null && $Object.hasOwnProperty.call(m, "kemPrekeys") && m.kemPrekeys !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.kemPrekeys);
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey") && m.signedPrekey !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.signedPrekey);
                if (m.lastResortKemPrekey != null && $Object.hasOwnProperty.call(m, "lastResortKemPrekey") && m.lastResortKemPrekey !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.lastResortKemPrekey);
                if (m.lowSupply != null && $Object.hasOwnProperty.call(m, "lowSupply") && m.lowSupply !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.lowSupply);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PreKeyStatus message, length delimited. Does not implicitly {@link deftalk.v1.PreKeyStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {deftalk.v1.PreKeyStatus.$Properties} message PreKeyStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PreKeyStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PreKeyStatus message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.PreKeyStatus & deftalk.v1.PreKeyStatus.$Shape} PreKeyStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PreKeyStatus.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.PreKeyStatus();
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
                                m.oneTimePrekeys = v;
                            else
                                delete m.oneTimePrekeys;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.kemPrekeys = v;
                            else
                                delete m.kemPrekeys;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.signedPrekey = v;
                            else
                                delete m.signedPrekey;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.lastResortKemPrekey = v;
                            else
                                delete m.lastResortKemPrekey;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.lowSupply = v;
                            else
                                delete m.lowSupply;
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
             * Decodes a PreKeyStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.PreKeyStatus & deftalk.v1.PreKeyStatus.$Shape} PreKeyStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PreKeyStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PreKeyStatus message.
             * @function verify
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PreKeyStatus.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.oneTimePrekeys != null && $Object.hasOwnProperty.call(m, "oneTimePrekeys")) {
                    if (!$util.isInteger(m.oneTimePrekeys))
                        return "oneTimePrekeys: integer expected";
                }
                if (m.kemPrekeys != null && $Object.hasOwnProperty.call(m, "kemPrekeys")) {
                    if (!$util.isInteger(m.kemPrekeys))
                        return "kemPrekeys: integer expected";
                }
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey")) {
                    if (typeof m.signedPrekey !== "boolean")
                        return "signedPrekey: boolean expected";
                }
                if (m.lastResortKemPrekey != null && $Object.hasOwnProperty.call(m, "lastResortKemPrekey")) {
                    if (typeof m.lastResortKemPrekey !== "boolean")
                        return "lastResortKemPrekey: boolean expected";
                }
                if (m.lowSupply != null && $Object.hasOwnProperty.call(m, "lowSupply")) {
                    if (typeof m.lowSupply !== "boolean")
                        return "lowSupply: boolean expected";
                }
                return null;
            };

            /**
             * Creates a PreKeyStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.PreKeyStatus} PreKeyStatus
             */
            PreKeyStatus.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.PreKeyStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.PreKeyStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.PreKeyStatus();
                if (d.oneTimePrekeys != null) {
                    if ($Number(d.oneTimePrekeys) !== 0) {
                        m.oneTimePrekeys = d.oneTimePrekeys >>> 0;
                    }
                }
                if (d.kemPrekeys != null) {
                    if ($Number(d.kemPrekeys) !== 0) {
                        m.kemPrekeys = d.kemPrekeys >>> 0;
                    }
                }
                if (d.signedPrekey != null) {
                    if (d.signedPrekey) {
                        m.signedPrekey = $Boolean(d.signedPrekey);
                    }
                }
                if (d.lastResortKemPrekey != null) {
                    if (d.lastResortKemPrekey) {
                        m.lastResortKemPrekey = $Boolean(d.lastResortKemPrekey);
                    }
                }
                if (d.lowSupply != null) {
                    if (d.lowSupply) {
                        m.lowSupply = $Boolean(d.lowSupply);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PreKeyStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {deftalk.v1.PreKeyStatus} m PreKeyStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PreKeyStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.oneTimePrekeys = 0;
                    d.kemPrekeys = 0;
                    d.signedPrekey = false;
                    d.lastResortKemPrekey = false;
                    d.lowSupply = false;
                }
                if (m.oneTimePrekeys != null && $Object.hasOwnProperty.call(m, "oneTimePrekeys")) {
                    d.oneTimePrekeys = m.oneTimePrekeys;
                }
                if (m.kemPrekeys != null && $Object.hasOwnProperty.call(m, "kemPrekeys")) {
                    d.kemPrekeys = m.kemPrekeys;
                }
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey")) {
                    d.signedPrekey = m.signedPrekey;
                }
                if (m.lastResortKemPrekey != null && $Object.hasOwnProperty.call(m, "lastResortKemPrekey")) {
                    d.lastResortKemPrekey = m.lastResortKemPrekey;
                }
                if (m.lowSupply != null && $Object.hasOwnProperty.call(m, "lowSupply")) {
                    d.lowSupply = m.lowSupply;
                }
                return d;
            };

            /**
             * Converts this PreKeyStatus to JSON.
             * @function toJSON
             * @memberof deftalk.v1.PreKeyStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PreKeyStatus.prototype.toJSON = function() {
                return PreKeyStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PreKeyStatus
             * @function getTypeUrl
             * @memberof deftalk.v1.PreKeyStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PreKeyStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.PreKeyStatus";
            };

            return PreKeyStatus;
        })();

        v1.PreKeyBundle = (function() {

            /**
             * Properties of a PreKeyBundle.
             * @typedef {Object} deftalk.v1.PreKeyBundle.$Properties
             * @property {Uint8Array|null} [accountId] PreKeyBundle accountId
             * @property {number|null} [deviceId] PreKeyBundle deviceId
             * @property {Uint8Array|null} [identityKey] PreKeyBundle identityKey
             * @property {deftalk.v1.SignedPreKey.$Properties|null} [signedPrekey] PreKeyBundle signedPrekey
             * @property {deftalk.v1.KemPreKey.$Properties|null} [kemPrekey] PreKeyBundle kemPrekey
             * @property {deftalk.v1.OneTimePreKey.$Properties|null} [oneTimePrekey] PreKeyBundle oneTimePrekey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PreKeyBundle.
             * @memberof deftalk.v1
             * @interface IPreKeyBundle
             * @augments deftalk.v1.PreKeyBundle.$Properties
             * @deprecated Use deftalk.v1.PreKeyBundle.$Properties instead.
             */

            /**
             * Shape of a PreKeyBundle.
             * @typedef {deftalk.v1.PreKeyBundle.$Properties} deftalk.v1.PreKeyBundle.$Shape
             */

            /**
             * Constructs a new PreKeyBundle.
             * @memberof deftalk.v1
             * @classdesc Represents a PreKeyBundle.
             * @constructor
             * @param {deftalk.v1.PreKeyBundle.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PreKeyBundle = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PreKeyBundle accountId.
             * @member {Uint8Array} accountId
             * @memberof deftalk.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.accountId = $util.newBuffer([]);

            /**
             * PreKeyBundle deviceId.
             * @member {number} deviceId
             * @memberof deftalk.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.deviceId = 0;

            /**
             * PreKeyBundle identityKey.
             * @member {Uint8Array} identityKey
             * @memberof deftalk.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.identityKey = $util.newBuffer([]);

            /**
             * PreKeyBundle signedPrekey.
             * @member {deftalk.v1.SignedPreKey.$Properties|null|undefined} signedPrekey
             * @memberof deftalk.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.signedPrekey = null;

            /**
             * PreKeyBundle kemPrekey.
             * @member {deftalk.v1.KemPreKey.$Properties|null|undefined} kemPrekey
             * @memberof deftalk.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.kemPrekey = null;

            /**
             * PreKeyBundle oneTimePrekey.
             * @member {deftalk.v1.OneTimePreKey.$Properties|null|undefined} oneTimePrekey
             * @memberof deftalk.v1.PreKeyBundle
             * @instance
             */
            PreKeyBundle.prototype.oneTimePrekey = null;

            /**
             * Creates a new PreKeyBundle instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {deftalk.v1.PreKeyBundle.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.PreKeyBundle} PreKeyBundle instance
             * @type {{
             *   (properties: deftalk.v1.PreKeyBundle.$Shape): deftalk.v1.PreKeyBundle & deftalk.v1.PreKeyBundle.$Shape;
             *   (properties?: deftalk.v1.PreKeyBundle.$Properties): deftalk.v1.PreKeyBundle;
             * }}
             */
            PreKeyBundle.create = function(properties) {
                return new PreKeyBundle(properties);
            };

            /**
             * Encodes the specified PreKeyBundle message. Does not implicitly {@link deftalk.v1.PreKeyBundle.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {deftalk.v1.PreKeyBundle.$Properties} m PreKeyBundle message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PreKeyBundle.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId") && m.accountId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.accountId);
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.deviceId);
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey") && m.identityKey.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.identityKey);
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey"))
                    $root.deftalk.v1.SignedPreKey.encode(m.signedPrekey, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.kemPrekey != null && $Object.hasOwnProperty.call(m, "kemPrekey"))
                    $root.deftalk.v1.KemPreKey.encode(m.kemPrekey, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.oneTimePrekey != null && $Object.hasOwnProperty.call(m, "oneTimePrekey"))
                    $root.deftalk.v1.OneTimePreKey.encode(m.oneTimePrekey, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PreKeyBundle message, length delimited. Does not implicitly {@link deftalk.v1.PreKeyBundle.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {deftalk.v1.PreKeyBundle.$Properties} message PreKeyBundle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PreKeyBundle.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PreKeyBundle message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.PreKeyBundle & deftalk.v1.PreKeyBundle.$Shape} PreKeyBundle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PreKeyBundle.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.PreKeyBundle();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.accountId = v;
                            else
                                delete m.accountId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identityKey = v;
                            else
                                delete m.identityKey;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.signedPrekey = $root.deftalk.v1.SignedPreKey.decode(r, r.size(), $undefined, q + 1, m.signedPrekey);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.kemPrekey = $root.deftalk.v1.KemPreKey.decode(r, r.size(), $undefined, q + 1, m.kemPrekey);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.oneTimePrekey = $root.deftalk.v1.OneTimePreKey.decode(r, r.size(), $undefined, q + 1, m.oneTimePrekey);
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
             * Decodes a PreKeyBundle message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.PreKeyBundle & deftalk.v1.PreKeyBundle.$Shape} PreKeyBundle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PreKeyBundle.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PreKeyBundle message.
             * @function verify
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PreKeyBundle.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    if (!(m.accountId && typeof m.accountId.length === "number" || $util.isString(m.accountId)))
                        return "accountId: buffer expected";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isInteger(m.deviceId))
                        return "deviceId: integer expected";
                }
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey")) {
                    if (!(m.identityKey && typeof m.identityKey.length === "number" || $util.isString(m.identityKey)))
                        return "identityKey: buffer expected";
                }
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey")) {
                    {
                        var e = $root.deftalk.v1.SignedPreKey.verify(m.signedPrekey, q + 1);
                        if (e)
                            return "signedPrekey." + e;
                    }
                }
                if (m.kemPrekey != null && $Object.hasOwnProperty.call(m, "kemPrekey")) {
                    {
                        var e = $root.deftalk.v1.KemPreKey.verify(m.kemPrekey, q + 1);
                        if (e)
                            return "kemPrekey." + e;
                    }
                }
                if (m.oneTimePrekey != null && $Object.hasOwnProperty.call(m, "oneTimePrekey")) {
                    {
                        var e = $root.deftalk.v1.OneTimePreKey.verify(m.oneTimePrekey, q + 1);
                        if (e)
                            return "oneTimePrekey." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a PreKeyBundle message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.PreKeyBundle} PreKeyBundle
             */
            PreKeyBundle.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.PreKeyBundle)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.PreKeyBundle: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.PreKeyBundle();
                if (d.accountId != null) {
                    if (d.accountId.length) {
                        if (typeof d.accountId === "string")
                            $util.base64.decode(d.accountId, m.accountId = $util.newBuffer($util.base64.length(d.accountId)), 0);
                        else if (d.accountId.length >= 0)
                            m.accountId = d.accountId;
                    }
                }
                if (d.deviceId != null) {
                    if ($Number(d.deviceId) !== 0) {
                        m.deviceId = d.deviceId >>> 0;
                    }
                }
                if (d.identityKey != null) {
                    if (d.identityKey.length) {
                        if (typeof d.identityKey === "string")
                            $util.base64.decode(d.identityKey, m.identityKey = $util.newBuffer($util.base64.length(d.identityKey)), 0);
                        else if (d.identityKey.length >= 0)
                            m.identityKey = d.identityKey;
                    }
                }
                if (d.signedPrekey != null) {
                    if (!$util.isObject(d.signedPrekey))
                        throw $TypeError(".deftalk.v1.PreKeyBundle.signedPrekey: object expected");
                    m.signedPrekey = $root.deftalk.v1.SignedPreKey.fromObject(d.signedPrekey, q + 1);
                }
                if (d.kemPrekey != null) {
                    if (!$util.isObject(d.kemPrekey))
                        throw $TypeError(".deftalk.v1.PreKeyBundle.kemPrekey: object expected");
                    m.kemPrekey = $root.deftalk.v1.KemPreKey.fromObject(d.kemPrekey, q + 1);
                }
                if (d.oneTimePrekey != null) {
                    if (!$util.isObject(d.oneTimePrekey))
                        throw $TypeError(".deftalk.v1.PreKeyBundle.oneTimePrekey: object expected");
                    m.oneTimePrekey = $root.deftalk.v1.OneTimePreKey.fromObject(d.oneTimePrekey, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PreKeyBundle message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {deftalk.v1.PreKeyBundle} m PreKeyBundle
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PreKeyBundle.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.accountId = "";
                    else {
                        d.accountId = [];
                        if (o.bytes !== $Array)
                            d.accountId = $util.newBuffer(d.accountId);
                    }
                    d.deviceId = 0;
                    if (o.bytes === $String)
                        d.identityKey = "";
                    else {
                        d.identityKey = [];
                        if (o.bytes !== $Array)
                            d.identityKey = $util.newBuffer(d.identityKey);
                    }
                    d.signedPrekey = null;
                    d.kemPrekey = null;
                    d.oneTimePrekey = null;
                }
                if (m.accountId != null && $Object.hasOwnProperty.call(m, "accountId")) {
                    d.accountId = o.bytes === $String ? $util.base64.encode(m.accountId, 0, m.accountId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.accountId) : m.accountId;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey")) {
                    d.identityKey = o.bytes === $String ? $util.base64.encode(m.identityKey, 0, m.identityKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.identityKey) : m.identityKey;
                }
                if (m.signedPrekey != null && $Object.hasOwnProperty.call(m, "signedPrekey")) {
                    d.signedPrekey = $root.deftalk.v1.SignedPreKey.toObject(m.signedPrekey, o, q + 1);
                }
                if (m.kemPrekey != null && $Object.hasOwnProperty.call(m, "kemPrekey")) {
                    d.kemPrekey = $root.deftalk.v1.KemPreKey.toObject(m.kemPrekey, o, q + 1);
                }
                if (m.oneTimePrekey != null && $Object.hasOwnProperty.call(m, "oneTimePrekey")) {
                    d.oneTimePrekey = $root.deftalk.v1.OneTimePreKey.toObject(m.oneTimePrekey, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this PreKeyBundle to JSON.
             * @function toJSON
             * @memberof deftalk.v1.PreKeyBundle
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PreKeyBundle.prototype.toJSON = function() {
                return PreKeyBundle.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PreKeyBundle
             * @function getTypeUrl
             * @memberof deftalk.v1.PreKeyBundle
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PreKeyBundle.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.PreKeyBundle";
            };

            return PreKeyBundle;
        })();

        v1.VerificationCodeRequest = (function() {

            /**
             * Properties of a VerificationCodeRequest.
             * @typedef {Object} deftalk.v1.VerificationCodeRequest.$Properties
             * @property {string|null} [phoneNumber] VerificationCodeRequest phoneNumber
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerificationCodeRequest.
             * @memberof deftalk.v1
             * @interface IVerificationCodeRequest
             * @augments deftalk.v1.VerificationCodeRequest.$Properties
             * @deprecated Use deftalk.v1.VerificationCodeRequest.$Properties instead.
             */

            /**
             * Shape of a VerificationCodeRequest.
             * @typedef {deftalk.v1.VerificationCodeRequest.$Properties} deftalk.v1.VerificationCodeRequest.$Shape
             */

            /**
             * Constructs a new VerificationCodeRequest.
             * @memberof deftalk.v1
             * @classdesc Represents a VerificationCodeRequest.
             * @constructor
             * @param {deftalk.v1.VerificationCodeRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerificationCodeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VerificationCodeRequest phoneNumber.
             * @member {string} phoneNumber
             * @memberof deftalk.v1.VerificationCodeRequest
             * @instance
             */
            VerificationCodeRequest.prototype.phoneNumber = "";

            /**
             * Creates a new VerificationCodeRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {deftalk.v1.VerificationCodeRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.VerificationCodeRequest} VerificationCodeRequest instance
             * @type {{
             *   (properties: deftalk.v1.VerificationCodeRequest.$Shape): deftalk.v1.VerificationCodeRequest & deftalk.v1.VerificationCodeRequest.$Shape;
             *   (properties?: deftalk.v1.VerificationCodeRequest.$Properties): deftalk.v1.VerificationCodeRequest;
             * }}
             */
            VerificationCodeRequest.create = function(properties) {
                return new VerificationCodeRequest(properties);
            };

            /**
             * Encodes the specified VerificationCodeRequest message. Does not implicitly {@link deftalk.v1.VerificationCodeRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {deftalk.v1.VerificationCodeRequest.$Properties} m VerificationCodeRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerificationCodeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber") && m.phoneNumber !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.phoneNumber);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VerificationCodeRequest message, length delimited. Does not implicitly {@link deftalk.v1.VerificationCodeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {deftalk.v1.VerificationCodeRequest.$Properties} message VerificationCodeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerificationCodeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VerificationCodeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.VerificationCodeRequest & deftalk.v1.VerificationCodeRequest.$Shape} VerificationCodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerificationCodeRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.VerificationCodeRequest();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phoneNumber = v;
                            else
                                delete m.phoneNumber;
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
             * Decodes a VerificationCodeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.VerificationCodeRequest & deftalk.v1.VerificationCodeRequest.$Shape} VerificationCodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerificationCodeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VerificationCodeRequest message.
             * @function verify
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerificationCodeRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber")) {
                    if (!$util.isString(m.phoneNumber))
                        return "phoneNumber: string expected";
                }
                return null;
            };

            /**
             * Creates a VerificationCodeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.VerificationCodeRequest} VerificationCodeRequest
             */
            VerificationCodeRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.VerificationCodeRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.VerificationCodeRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.VerificationCodeRequest();
                if (d.phoneNumber != null) {
                    if (typeof d.phoneNumber !== "string" || d.phoneNumber.length) {
                        m.phoneNumber = $String(d.phoneNumber);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VerificationCodeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {deftalk.v1.VerificationCodeRequest} m VerificationCodeRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerificationCodeRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.phoneNumber = "";
                }
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber")) {
                    d.phoneNumber = m.phoneNumber;
                }
                return d;
            };

            /**
             * Converts this VerificationCodeRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.VerificationCodeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerificationCodeRequest.prototype.toJSON = function() {
                return VerificationCodeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerificationCodeRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.VerificationCodeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerificationCodeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.VerificationCodeRequest";
            };

            return VerificationCodeRequest;
        })();

        v1.VerificationCodeSent = (function() {

            /**
             * Properties of a VerificationCodeSent.
             * @typedef {Object} deftalk.v1.VerificationCodeSent.$Properties
             * @property {number|null} [expiresInMs] VerificationCodeSent expiresInMs
             * @property {number|null} [resendAfterMs] VerificationCodeSent resendAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerificationCodeSent.
             * @memberof deftalk.v1
             * @interface IVerificationCodeSent
             * @augments deftalk.v1.VerificationCodeSent.$Properties
             * @deprecated Use deftalk.v1.VerificationCodeSent.$Properties instead.
             */

            /**
             * Shape of a VerificationCodeSent.
             * @typedef {deftalk.v1.VerificationCodeSent.$Properties} deftalk.v1.VerificationCodeSent.$Shape
             */

            /**
             * Constructs a new VerificationCodeSent.
             * @memberof deftalk.v1
             * @classdesc Represents a VerificationCodeSent.
             * @constructor
             * @param {deftalk.v1.VerificationCodeSent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerificationCodeSent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VerificationCodeSent expiresInMs.
             * @member {number} expiresInMs
             * @memberof deftalk.v1.VerificationCodeSent
             * @instance
             */
            VerificationCodeSent.prototype.expiresInMs = 0;

            /**
             * VerificationCodeSent resendAfterMs.
             * @member {number} resendAfterMs
             * @memberof deftalk.v1.VerificationCodeSent
             * @instance
             */
            VerificationCodeSent.prototype.resendAfterMs = 0;

            /**
             * Creates a new VerificationCodeSent instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {deftalk.v1.VerificationCodeSent.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.VerificationCodeSent} VerificationCodeSent instance
             * @type {{
             *   (properties: deftalk.v1.VerificationCodeSent.$Shape): deftalk.v1.VerificationCodeSent & deftalk.v1.VerificationCodeSent.$Shape;
             *   (properties?: deftalk.v1.VerificationCodeSent.$Properties): deftalk.v1.VerificationCodeSent;
             * }}
             */
            VerificationCodeSent.create = function(properties) {
                return new VerificationCodeSent(properties);
            };

            /**
             * Encodes the specified VerificationCodeSent message. Does not implicitly {@link deftalk.v1.VerificationCodeSent.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {deftalk.v1.VerificationCodeSent.$Properties} m VerificationCodeSent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerificationCodeSent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs") && m.expiresInMs !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.expiresInMs);
                if (m.resendAfterMs != null && $Object.hasOwnProperty.call(m, "resendAfterMs") && m.resendAfterMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.resendAfterMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VerificationCodeSent message, length delimited. Does not implicitly {@link deftalk.v1.VerificationCodeSent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {deftalk.v1.VerificationCodeSent.$Properties} message VerificationCodeSent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerificationCodeSent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VerificationCodeSent message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.VerificationCodeSent & deftalk.v1.VerificationCodeSent.$Shape} VerificationCodeSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerificationCodeSent.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.VerificationCodeSent();
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
                                m.expiresInMs = v;
                            else
                                delete m.expiresInMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.resendAfterMs = v;
                            else
                                delete m.resendAfterMs;
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
             * Decodes a VerificationCodeSent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.VerificationCodeSent & deftalk.v1.VerificationCodeSent.$Shape} VerificationCodeSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerificationCodeSent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VerificationCodeSent message.
             * @function verify
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerificationCodeSent.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    if (!$util.isInteger(m.expiresInMs))
                        return "expiresInMs: integer expected";
                }
                if (m.resendAfterMs != null && $Object.hasOwnProperty.call(m, "resendAfterMs")) {
                    if (!$util.isInteger(m.resendAfterMs))
                        return "resendAfterMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a VerificationCodeSent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.VerificationCodeSent} VerificationCodeSent
             */
            VerificationCodeSent.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.VerificationCodeSent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.VerificationCodeSent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.VerificationCodeSent();
                if (d.expiresInMs != null) {
                    if ($Number(d.expiresInMs) !== 0) {
                        m.expiresInMs = d.expiresInMs >>> 0;
                    }
                }
                if (d.resendAfterMs != null) {
                    if ($Number(d.resendAfterMs) !== 0) {
                        m.resendAfterMs = d.resendAfterMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VerificationCodeSent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {deftalk.v1.VerificationCodeSent} m VerificationCodeSent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerificationCodeSent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.expiresInMs = 0;
                    d.resendAfterMs = 0;
                }
                if (m.expiresInMs != null && $Object.hasOwnProperty.call(m, "expiresInMs")) {
                    d.expiresInMs = m.expiresInMs;
                }
                if (m.resendAfterMs != null && $Object.hasOwnProperty.call(m, "resendAfterMs")) {
                    d.resendAfterMs = m.resendAfterMs;
                }
                return d;
            };

            /**
             * Converts this VerificationCodeSent to JSON.
             * @function toJSON
             * @memberof deftalk.v1.VerificationCodeSent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerificationCodeSent.prototype.toJSON = function() {
                return VerificationCodeSent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerificationCodeSent
             * @function getTypeUrl
             * @memberof deftalk.v1.VerificationCodeSent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerificationCodeSent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.VerificationCodeSent";
            };

            return VerificationCodeSent;
        })();

        v1.RegistrationRequest = (function() {

            /**
             * Properties of a RegistrationRequest.
             * @typedef {Object} deftalk.v1.RegistrationRequest.$Properties
             * @property {string|null} [phoneNumber] RegistrationRequest phoneNumber
             * @property {string|null} [verificationCode] RegistrationRequest verificationCode
             * @property {Uint8Array|null} [identityKey] RegistrationRequest identityKey
             * @property {Uint8Array|null} [deviceKey] RegistrationRequest deviceKey
             * @property {deftalk.v1.SignedDeviceList.$Properties|null} [deviceList] RegistrationRequest deviceList
             * @property {string|null} [registrationLockPin] RegistrationRequest registrationLockPin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegistrationRequest.
             * @memberof deftalk.v1
             * @interface IRegistrationRequest
             * @augments deftalk.v1.RegistrationRequest.$Properties
             * @deprecated Use deftalk.v1.RegistrationRequest.$Properties instead.
             */

            /**
             * Shape of a RegistrationRequest.
             * @typedef {deftalk.v1.RegistrationRequest.$Properties} deftalk.v1.RegistrationRequest.$Shape
             */

            /**
             * Constructs a new RegistrationRequest.
             * @memberof deftalk.v1
             * @classdesc Represents a RegistrationRequest.
             * @constructor
             * @param {deftalk.v1.RegistrationRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegistrationRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RegistrationRequest phoneNumber.
             * @member {string} phoneNumber
             * @memberof deftalk.v1.RegistrationRequest
             * @instance
             */
            RegistrationRequest.prototype.phoneNumber = "";

            /**
             * RegistrationRequest verificationCode.
             * @member {string} verificationCode
             * @memberof deftalk.v1.RegistrationRequest
             * @instance
             */
            RegistrationRequest.prototype.verificationCode = "";

            /**
             * RegistrationRequest identityKey.
             * @member {Uint8Array} identityKey
             * @memberof deftalk.v1.RegistrationRequest
             * @instance
             */
            RegistrationRequest.prototype.identityKey = $util.newBuffer([]);

            /**
             * RegistrationRequest deviceKey.
             * @member {Uint8Array} deviceKey
             * @memberof deftalk.v1.RegistrationRequest
             * @instance
             */
            RegistrationRequest.prototype.deviceKey = $util.newBuffer([]);

            /**
             * RegistrationRequest deviceList.
             * @member {deftalk.v1.SignedDeviceList.$Properties|null|undefined} deviceList
             * @memberof deftalk.v1.RegistrationRequest
             * @instance
             */
            RegistrationRequest.prototype.deviceList = null;

            /**
             * RegistrationRequest registrationLockPin.
             * @member {string} registrationLockPin
             * @memberof deftalk.v1.RegistrationRequest
             * @instance
             */
            RegistrationRequest.prototype.registrationLockPin = "";

            /**
             * Creates a new RegistrationRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {deftalk.v1.RegistrationRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.RegistrationRequest} RegistrationRequest instance
             * @type {{
             *   (properties: deftalk.v1.RegistrationRequest.$Shape): deftalk.v1.RegistrationRequest & deftalk.v1.RegistrationRequest.$Shape;
             *   (properties?: deftalk.v1.RegistrationRequest.$Properties): deftalk.v1.RegistrationRequest;
             * }}
             */
            RegistrationRequest.create = function(properties) {
                return new RegistrationRequest(properties);
            };

            /**
             * Encodes the specified RegistrationRequest message. Does not implicitly {@link deftalk.v1.RegistrationRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {deftalk.v1.RegistrationRequest.$Properties} m RegistrationRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistrationRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber") && m.phoneNumber !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.phoneNumber);
                if (m.verificationCode != null && $Object.hasOwnProperty.call(m, "verificationCode") && m.verificationCode !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.verificationCode);
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey") && m.identityKey.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.identityKey);
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey") && m.deviceKey.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.deviceKey);
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList"))
                    $root.deftalk.v1.SignedDeviceList.encode(m.deviceList, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.registrationLockPin != null && $Object.hasOwnProperty.call(m, "registrationLockPin") && m.registrationLockPin !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.registrationLockPin);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RegistrationRequest message, length delimited. Does not implicitly {@link deftalk.v1.RegistrationRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {deftalk.v1.RegistrationRequest.$Properties} message RegistrationRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistrationRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegistrationRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.RegistrationRequest & deftalk.v1.RegistrationRequest.$Shape} RegistrationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistrationRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.RegistrationRequest();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phoneNumber = v;
                            else
                                delete m.phoneNumber;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.verificationCode = v;
                            else
                                delete m.verificationCode;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.identityKey = v;
                            else
                                delete m.identityKey;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.deviceKey = v;
                            else
                                delete m.deviceKey;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.deviceList = $root.deftalk.v1.SignedDeviceList.decode(r, r.size(), $undefined, q + 1, m.deviceList);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.registrationLockPin = v;
                            else
                                delete m.registrationLockPin;
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
             * Decodes a RegistrationRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.RegistrationRequest & deftalk.v1.RegistrationRequest.$Shape} RegistrationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistrationRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegistrationRequest message.
             * @function verify
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegistrationRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber")) {
                    if (!$util.isString(m.phoneNumber))
                        return "phoneNumber: string expected";
                }
                if (m.verificationCode != null && $Object.hasOwnProperty.call(m, "verificationCode")) {
                    if (!$util.isString(m.verificationCode))
                        return "verificationCode: string expected";
                }
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey")) {
                    if (!(m.identityKey && typeof m.identityKey.length === "number" || $util.isString(m.identityKey)))
                        return "identityKey: buffer expected";
                }
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey")) {
                    if (!(m.deviceKey && typeof m.deviceKey.length === "number" || $util.isString(m.deviceKey)))
                        return "deviceKey: buffer expected";
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    {
                        var e = $root.deftalk.v1.SignedDeviceList.verify(m.deviceList, q + 1);
                        if (e)
                            return "deviceList." + e;
                    }
                }
                if (m.registrationLockPin != null && $Object.hasOwnProperty.call(m, "registrationLockPin")) {
                    if (!$util.isString(m.registrationLockPin))
                        return "registrationLockPin: string expected";
                }
                return null;
            };

            /**
             * Creates a RegistrationRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.RegistrationRequest} RegistrationRequest
             */
            RegistrationRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.RegistrationRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.RegistrationRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.RegistrationRequest();
                if (d.phoneNumber != null) {
                    if (typeof d.phoneNumber !== "string" || d.phoneNumber.length) {
                        m.phoneNumber = $String(d.phoneNumber);
                    }
                }
                if (d.verificationCode != null) {
                    if (typeof d.verificationCode !== "string" || d.verificationCode.length) {
                        m.verificationCode = $String(d.verificationCode);
                    }
                }
                if (d.identityKey != null) {
                    if (d.identityKey.length) {
                        if (typeof d.identityKey === "string")
                            $util.base64.decode(d.identityKey, m.identityKey = $util.newBuffer($util.base64.length(d.identityKey)), 0);
                        else if (d.identityKey.length >= 0)
                            m.identityKey = d.identityKey;
                    }
                }
                if (d.deviceKey != null) {
                    if (d.deviceKey.length) {
                        if (typeof d.deviceKey === "string")
                            $util.base64.decode(d.deviceKey, m.deviceKey = $util.newBuffer($util.base64.length(d.deviceKey)), 0);
                        else if (d.deviceKey.length >= 0)
                            m.deviceKey = d.deviceKey;
                    }
                }
                if (d.deviceList != null) {
                    if (!$util.isObject(d.deviceList))
                        throw $TypeError(".deftalk.v1.RegistrationRequest.deviceList: object expected");
                    m.deviceList = $root.deftalk.v1.SignedDeviceList.fromObject(d.deviceList, q + 1);
                }
                if (d.registrationLockPin != null) {
                    if (typeof d.registrationLockPin !== "string" || d.registrationLockPin.length) {
                        m.registrationLockPin = $String(d.registrationLockPin);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RegistrationRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {deftalk.v1.RegistrationRequest} m RegistrationRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegistrationRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.phoneNumber = "";
                    d.verificationCode = "";
                    if (o.bytes === $String)
                        d.identityKey = "";
                    else {
                        d.identityKey = [];
                        if (o.bytes !== $Array)
                            d.identityKey = $util.newBuffer(d.identityKey);
                    }
                    if (o.bytes === $String)
                        d.deviceKey = "";
                    else {
                        d.deviceKey = [];
                        if (o.bytes !== $Array)
                            d.deviceKey = $util.newBuffer(d.deviceKey);
                    }
                    d.deviceList = null;
                    d.registrationLockPin = "";
                }
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber")) {
                    d.phoneNumber = m.phoneNumber;
                }
                if (m.verificationCode != null && $Object.hasOwnProperty.call(m, "verificationCode")) {
                    d.verificationCode = m.verificationCode;
                }
                if (m.identityKey != null && $Object.hasOwnProperty.call(m, "identityKey")) {
                    d.identityKey = o.bytes === $String ? $util.base64.encode(m.identityKey, 0, m.identityKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.identityKey) : m.identityKey;
                }
                if (m.deviceKey != null && $Object.hasOwnProperty.call(m, "deviceKey")) {
                    d.deviceKey = o.bytes === $String ? $util.base64.encode(m.deviceKey, 0, m.deviceKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.deviceKey) : m.deviceKey;
                }
                if (m.deviceList != null && $Object.hasOwnProperty.call(m, "deviceList")) {
                    d.deviceList = $root.deftalk.v1.SignedDeviceList.toObject(m.deviceList, o, q + 1);
                }
                if (m.registrationLockPin != null && $Object.hasOwnProperty.call(m, "registrationLockPin")) {
                    d.registrationLockPin = m.registrationLockPin;
                }
                return d;
            };

            /**
             * Converts this RegistrationRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.RegistrationRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegistrationRequest.prototype.toJSON = function() {
                return RegistrationRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegistrationRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.RegistrationRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegistrationRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.RegistrationRequest";
            };

            return RegistrationRequest;
        })();

        v1.RegistrationResult = (function() {

            /**
             * Properties of a RegistrationResult.
             * @typedef {Object} deftalk.v1.RegistrationResult.$Properties
             * @property {deftalk.v1.DeviceAddress.$Properties|null} [address] RegistrationResult address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegistrationResult.
             * @memberof deftalk.v1
             * @interface IRegistrationResult
             * @augments deftalk.v1.RegistrationResult.$Properties
             * @deprecated Use deftalk.v1.RegistrationResult.$Properties instead.
             */

            /**
             * Shape of a RegistrationResult.
             * @typedef {deftalk.v1.RegistrationResult.$Properties} deftalk.v1.RegistrationResult.$Shape
             */

            /**
             * Constructs a new RegistrationResult.
             * @memberof deftalk.v1
             * @classdesc Represents a RegistrationResult.
             * @constructor
             * @param {deftalk.v1.RegistrationResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegistrationResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RegistrationResult address.
             * @member {deftalk.v1.DeviceAddress.$Properties|null|undefined} address
             * @memberof deftalk.v1.RegistrationResult
             * @instance
             */
            RegistrationResult.prototype.address = null;

            /**
             * Creates a new RegistrationResult instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {deftalk.v1.RegistrationResult.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.RegistrationResult} RegistrationResult instance
             * @type {{
             *   (properties: deftalk.v1.RegistrationResult.$Shape): deftalk.v1.RegistrationResult & deftalk.v1.RegistrationResult.$Shape;
             *   (properties?: deftalk.v1.RegistrationResult.$Properties): deftalk.v1.RegistrationResult;
             * }}
             */
            RegistrationResult.create = function(properties) {
                return new RegistrationResult(properties);
            };

            /**
             * Encodes the specified RegistrationResult message. Does not implicitly {@link deftalk.v1.RegistrationResult.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {deftalk.v1.RegistrationResult.$Properties} m RegistrationResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistrationResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.address != null && $Object.hasOwnProperty.call(m, "address"))
                    $root.deftalk.v1.DeviceAddress.encode(m.address, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RegistrationResult message, length delimited. Does not implicitly {@link deftalk.v1.RegistrationResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {deftalk.v1.RegistrationResult.$Properties} message RegistrationResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistrationResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegistrationResult message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.RegistrationResult & deftalk.v1.RegistrationResult.$Shape} RegistrationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistrationResult.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.RegistrationResult();
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
                            if (u !== 2)
                                break;
                            m.address = $root.deftalk.v1.DeviceAddress.decode(r, r.size(), $undefined, q + 1, m.address);
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
             * Decodes a RegistrationResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.RegistrationResult & deftalk.v1.RegistrationResult.$Shape} RegistrationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistrationResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegistrationResult message.
             * @function verify
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegistrationResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    {
                        var e = $root.deftalk.v1.DeviceAddress.verify(m.address, q + 1);
                        if (e)
                            return "address." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a RegistrationResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.RegistrationResult} RegistrationResult
             */
            RegistrationResult.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.RegistrationResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.RegistrationResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.RegistrationResult();
                if (d.address != null) {
                    if (!$util.isObject(d.address))
                        throw $TypeError(".deftalk.v1.RegistrationResult.address: object expected");
                    m.address = $root.deftalk.v1.DeviceAddress.fromObject(d.address, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a RegistrationResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {deftalk.v1.RegistrationResult} m RegistrationResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegistrationResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.address = null;
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    d.address = $root.deftalk.v1.DeviceAddress.toObject(m.address, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this RegistrationResult to JSON.
             * @function toJSON
             * @memberof deftalk.v1.RegistrationResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegistrationResult.prototype.toJSON = function() {
                return RegistrationResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegistrationResult
             * @function getTypeUrl
             * @memberof deftalk.v1.RegistrationResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegistrationResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.RegistrationResult";
            };

            return RegistrationResult;
        })();

        v1.TestHookCodeRequest = (function() {

            /**
             * Properties of a TestHookCodeRequest.
             * @typedef {Object} deftalk.v1.TestHookCodeRequest.$Properties
             * @property {string|null} [phoneNumber] TestHookCodeRequest phoneNumber
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TestHookCodeRequest.
             * @memberof deftalk.v1
             * @interface ITestHookCodeRequest
             * @augments deftalk.v1.TestHookCodeRequest.$Properties
             * @deprecated Use deftalk.v1.TestHookCodeRequest.$Properties instead.
             */

            /**
             * Shape of a TestHookCodeRequest.
             * @typedef {deftalk.v1.TestHookCodeRequest.$Properties} deftalk.v1.TestHookCodeRequest.$Shape
             */

            /**
             * Constructs a new TestHookCodeRequest.
             * @memberof deftalk.v1
             * @classdesc Represents a TestHookCodeRequest.
             * @constructor
             * @param {deftalk.v1.TestHookCodeRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TestHookCodeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TestHookCodeRequest phoneNumber.
             * @member {string} phoneNumber
             * @memberof deftalk.v1.TestHookCodeRequest
             * @instance
             */
            TestHookCodeRequest.prototype.phoneNumber = "";

            /**
             * Creates a new TestHookCodeRequest instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {deftalk.v1.TestHookCodeRequest.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.TestHookCodeRequest} TestHookCodeRequest instance
             * @type {{
             *   (properties: deftalk.v1.TestHookCodeRequest.$Shape): deftalk.v1.TestHookCodeRequest & deftalk.v1.TestHookCodeRequest.$Shape;
             *   (properties?: deftalk.v1.TestHookCodeRequest.$Properties): deftalk.v1.TestHookCodeRequest;
             * }}
             */
            TestHookCodeRequest.create = function(properties) {
                return new TestHookCodeRequest(properties);
            };

            /**
             * Encodes the specified TestHookCodeRequest message. Does not implicitly {@link deftalk.v1.TestHookCodeRequest.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {deftalk.v1.TestHookCodeRequest.$Properties} m TestHookCodeRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TestHookCodeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber") && m.phoneNumber !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.phoneNumber);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TestHookCodeRequest message, length delimited. Does not implicitly {@link deftalk.v1.TestHookCodeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {deftalk.v1.TestHookCodeRequest.$Properties} message TestHookCodeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TestHookCodeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TestHookCodeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.TestHookCodeRequest & deftalk.v1.TestHookCodeRequest.$Shape} TestHookCodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TestHookCodeRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.TestHookCodeRequest();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phoneNumber = v;
                            else
                                delete m.phoneNumber;
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
             * Decodes a TestHookCodeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.TestHookCodeRequest & deftalk.v1.TestHookCodeRequest.$Shape} TestHookCodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TestHookCodeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TestHookCodeRequest message.
             * @function verify
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TestHookCodeRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber")) {
                    if (!$util.isString(m.phoneNumber))
                        return "phoneNumber: string expected";
                }
                return null;
            };

            /**
             * Creates a TestHookCodeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.TestHookCodeRequest} TestHookCodeRequest
             */
            TestHookCodeRequest.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.TestHookCodeRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.TestHookCodeRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.TestHookCodeRequest();
                if (d.phoneNumber != null) {
                    if (typeof d.phoneNumber !== "string" || d.phoneNumber.length) {
                        m.phoneNumber = $String(d.phoneNumber);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TestHookCodeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {deftalk.v1.TestHookCodeRequest} m TestHookCodeRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TestHookCodeRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.phoneNumber = "";
                }
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber")) {
                    d.phoneNumber = m.phoneNumber;
                }
                return d;
            };

            /**
             * Converts this TestHookCodeRequest to JSON.
             * @function toJSON
             * @memberof deftalk.v1.TestHookCodeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TestHookCodeRequest.prototype.toJSON = function() {
                return TestHookCodeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TestHookCodeRequest
             * @function getTypeUrl
             * @memberof deftalk.v1.TestHookCodeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TestHookCodeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.TestHookCodeRequest";
            };

            return TestHookCodeRequest;
        })();

        v1.TestHookCode = (function() {

            /**
             * Properties of a TestHookCode.
             * @typedef {Object} deftalk.v1.TestHookCode.$Properties
             * @property {string|null} [phoneNumber] TestHookCode phoneNumber
             * @property {string|null} [verificationCode] TestHookCode verificationCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TestHookCode.
             * @memberof deftalk.v1
             * @interface ITestHookCode
             * @augments deftalk.v1.TestHookCode.$Properties
             * @deprecated Use deftalk.v1.TestHookCode.$Properties instead.
             */

            /**
             * Shape of a TestHookCode.
             * @typedef {deftalk.v1.TestHookCode.$Properties} deftalk.v1.TestHookCode.$Shape
             */

            /**
             * Constructs a new TestHookCode.
             * @memberof deftalk.v1
             * @classdesc Represents a TestHookCode.
             * @constructor
             * @param {deftalk.v1.TestHookCode.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TestHookCode = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TestHookCode phoneNumber.
             * @member {string} phoneNumber
             * @memberof deftalk.v1.TestHookCode
             * @instance
             */
            TestHookCode.prototype.phoneNumber = "";

            /**
             * TestHookCode verificationCode.
             * @member {string} verificationCode
             * @memberof deftalk.v1.TestHookCode
             * @instance
             */
            TestHookCode.prototype.verificationCode = "";

            /**
             * Creates a new TestHookCode instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {deftalk.v1.TestHookCode.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.TestHookCode} TestHookCode instance
             * @type {{
             *   (properties: deftalk.v1.TestHookCode.$Shape): deftalk.v1.TestHookCode & deftalk.v1.TestHookCode.$Shape;
             *   (properties?: deftalk.v1.TestHookCode.$Properties): deftalk.v1.TestHookCode;
             * }}
             */
            TestHookCode.create = function(properties) {
                return new TestHookCode(properties);
            };

            /**
             * Encodes the specified TestHookCode message. Does not implicitly {@link deftalk.v1.TestHookCode.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {deftalk.v1.TestHookCode.$Properties} m TestHookCode message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TestHookCode.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber") && m.phoneNumber !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.phoneNumber);
                if (m.verificationCode != null && $Object.hasOwnProperty.call(m, "verificationCode") && m.verificationCode !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.verificationCode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TestHookCode message, length delimited. Does not implicitly {@link deftalk.v1.TestHookCode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {deftalk.v1.TestHookCode.$Properties} message TestHookCode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TestHookCode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TestHookCode message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.TestHookCode & deftalk.v1.TestHookCode.$Shape} TestHookCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TestHookCode.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.TestHookCode();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phoneNumber = v;
                            else
                                delete m.phoneNumber;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.verificationCode = v;
                            else
                                delete m.verificationCode;
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
             * Decodes a TestHookCode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.TestHookCode & deftalk.v1.TestHookCode.$Shape} TestHookCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TestHookCode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TestHookCode message.
             * @function verify
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TestHookCode.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber")) {
                    if (!$util.isString(m.phoneNumber))
                        return "phoneNumber: string expected";
                }
                if (m.verificationCode != null && $Object.hasOwnProperty.call(m, "verificationCode")) {
                    if (!$util.isString(m.verificationCode))
                        return "verificationCode: string expected";
                }
                return null;
            };

            /**
             * Creates a TestHookCode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.TestHookCode} TestHookCode
             */
            TestHookCode.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.TestHookCode)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.TestHookCode: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.TestHookCode();
                if (d.phoneNumber != null) {
                    if (typeof d.phoneNumber !== "string" || d.phoneNumber.length) {
                        m.phoneNumber = $String(d.phoneNumber);
                    }
                }
                if (d.verificationCode != null) {
                    if (typeof d.verificationCode !== "string" || d.verificationCode.length) {
                        m.verificationCode = $String(d.verificationCode);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TestHookCode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {deftalk.v1.TestHookCode} m TestHookCode
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TestHookCode.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.phoneNumber = "";
                    d.verificationCode = "";
                }
                if (m.phoneNumber != null && $Object.hasOwnProperty.call(m, "phoneNumber")) {
                    d.phoneNumber = m.phoneNumber;
                }
                if (m.verificationCode != null && $Object.hasOwnProperty.call(m, "verificationCode")) {
                    d.verificationCode = m.verificationCode;
                }
                return d;
            };

            /**
             * Converts this TestHookCode to JSON.
             * @function toJSON
             * @memberof deftalk.v1.TestHookCode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TestHookCode.prototype.toJSON = function() {
                return TestHookCode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TestHookCode
             * @function getTypeUrl
             * @memberof deftalk.v1.TestHookCode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TestHookCode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.TestHookCode";
            };

            return TestHookCode;
        })();

        v1.ClockAdvance = (function() {

            /**
             * Properties of a ClockAdvance.
             * @typedef {Object} deftalk.v1.ClockAdvance.$Properties
             * @property {number|Long|null} [byMs] ClockAdvance byMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClockAdvance.
             * @memberof deftalk.v1
             * @interface IClockAdvance
             * @augments deftalk.v1.ClockAdvance.$Properties
             * @deprecated Use deftalk.v1.ClockAdvance.$Properties instead.
             */

            /**
             * Shape of a ClockAdvance.
             * @typedef {deftalk.v1.ClockAdvance.$Properties} deftalk.v1.ClockAdvance.$Shape
             */

            /**
             * Constructs a new ClockAdvance.
             * @memberof deftalk.v1
             * @classdesc Represents a ClockAdvance.
             * @constructor
             * @param {deftalk.v1.ClockAdvance.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClockAdvance = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClockAdvance byMs.
             * @member {number|Long} byMs
             * @memberof deftalk.v1.ClockAdvance
             * @instance
             */
            ClockAdvance.prototype.byMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ClockAdvance instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {deftalk.v1.ClockAdvance.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.ClockAdvance} ClockAdvance instance
             * @type {{
             *   (properties: deftalk.v1.ClockAdvance.$Shape): deftalk.v1.ClockAdvance & deftalk.v1.ClockAdvance.$Shape;
             *   (properties?: deftalk.v1.ClockAdvance.$Properties): deftalk.v1.ClockAdvance;
             * }}
             */
            ClockAdvance.create = function(properties) {
                return new ClockAdvance(properties);
            };

            /**
             * Encodes the specified ClockAdvance message. Does not implicitly {@link deftalk.v1.ClockAdvance.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {deftalk.v1.ClockAdvance.$Properties} m ClockAdvance message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockAdvance.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.byMs != null && $Object.hasOwnProperty.call(m, "byMs") && (typeof m.byMs === "object" ? m.byMs.low || m.byMs.high : m.byMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.byMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClockAdvance message, length delimited. Does not implicitly {@link deftalk.v1.ClockAdvance.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {deftalk.v1.ClockAdvance.$Properties} message ClockAdvance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockAdvance.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClockAdvance message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.ClockAdvance & deftalk.v1.ClockAdvance.$Shape} ClockAdvance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockAdvance.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.ClockAdvance();
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
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.byMs = v;
                            else
                                delete m.byMs;
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
             * Decodes a ClockAdvance message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.ClockAdvance & deftalk.v1.ClockAdvance.$Shape} ClockAdvance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockAdvance.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClockAdvance message.
             * @function verify
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClockAdvance.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.byMs != null && $Object.hasOwnProperty.call(m, "byMs")) {
                    if (!$util.isInteger(m.byMs) && !(m.byMs && $util.isInteger(m.byMs.low) && $util.isInteger(m.byMs.high)))
                        return "byMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ClockAdvance message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.ClockAdvance} ClockAdvance
             */
            ClockAdvance.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.ClockAdvance)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.ClockAdvance: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.ClockAdvance();
                if (d.byMs != null) {
                    if (typeof d.byMs === "object" ? d.byMs.low || d.byMs.high : $Number(d.byMs) !== 0) {
                        if ($util.Long)
                            m.byMs = $util.Long.fromValue(d.byMs, true);
                        else if (typeof d.byMs === "string")
                            m.byMs = $parseInt(d.byMs, 10);
                        else if (typeof d.byMs === "number")
                            m.byMs = d.byMs;
                        else if (typeof d.byMs === "object")
                            m.byMs = new $util.LongBits(d.byMs.low >>> 0, d.byMs.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClockAdvance message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {deftalk.v1.ClockAdvance} m ClockAdvance
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClockAdvance.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.byMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.byMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.byMs != null && $Object.hasOwnProperty.call(m, "byMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.byMs = typeof m.byMs === "number" ? $BigInt(m.byMs) : $util.Long.fromBits(m.byMs.low >>> 0, m.byMs.high >>> 0, true).toBigInt();
                    else if (typeof m.byMs === "number")
                        d.byMs = o.longs === $String ? $String(m.byMs) : m.byMs;
                    else
                        d.byMs = o.longs === $String ? $util.Long.prototype.toString.call(m.byMs) : o.longs === $Number ? new $util.LongBits(m.byMs.low >>> 0, m.byMs.high >>> 0).toNumber(true) : m.byMs;
                }
                return d;
            };

            /**
             * Converts this ClockAdvance to JSON.
             * @function toJSON
             * @memberof deftalk.v1.ClockAdvance
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClockAdvance.prototype.toJSON = function() {
                return ClockAdvance.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClockAdvance
             * @function getTypeUrl
             * @memberof deftalk.v1.ClockAdvance
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClockAdvance.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.ClockAdvance";
            };

            return ClockAdvance;
        })();

        v1.ClockSet = (function() {

            /**
             * Properties of a ClockSet.
             * @typedef {Object} deftalk.v1.ClockSet.$Properties
             * @property {number|Long|null} [nowMs] ClockSet nowMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClockSet.
             * @memberof deftalk.v1
             * @interface IClockSet
             * @augments deftalk.v1.ClockSet.$Properties
             * @deprecated Use deftalk.v1.ClockSet.$Properties instead.
             */

            /**
             * Shape of a ClockSet.
             * @typedef {deftalk.v1.ClockSet.$Properties} deftalk.v1.ClockSet.$Shape
             */

            /**
             * Constructs a new ClockSet.
             * @memberof deftalk.v1
             * @classdesc Represents a ClockSet.
             * @constructor
             * @param {deftalk.v1.ClockSet.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClockSet = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClockSet nowMs.
             * @member {number|Long} nowMs
             * @memberof deftalk.v1.ClockSet
             * @instance
             */
            ClockSet.prototype.nowMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ClockSet instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {deftalk.v1.ClockSet.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.ClockSet} ClockSet instance
             * @type {{
             *   (properties: deftalk.v1.ClockSet.$Shape): deftalk.v1.ClockSet & deftalk.v1.ClockSet.$Shape;
             *   (properties?: deftalk.v1.ClockSet.$Properties): deftalk.v1.ClockSet;
             * }}
             */
            ClockSet.create = function(properties) {
                return new ClockSet(properties);
            };

            /**
             * Encodes the specified ClockSet message. Does not implicitly {@link deftalk.v1.ClockSet.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {deftalk.v1.ClockSet.$Properties} m ClockSet message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockSet.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nowMs != null && $Object.hasOwnProperty.call(m, "nowMs") && (typeof m.nowMs === "object" ? m.nowMs.low || m.nowMs.high : m.nowMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nowMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClockSet message, length delimited. Does not implicitly {@link deftalk.v1.ClockSet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {deftalk.v1.ClockSet.$Properties} message ClockSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockSet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClockSet message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.ClockSet & deftalk.v1.ClockSet.$Shape} ClockSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockSet.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.ClockSet();
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
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.nowMs = v;
                            else
                                delete m.nowMs;
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
             * Decodes a ClockSet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.ClockSet & deftalk.v1.ClockSet.$Shape} ClockSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockSet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClockSet message.
             * @function verify
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClockSet.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nowMs != null && $Object.hasOwnProperty.call(m, "nowMs")) {
                    if (!$util.isInteger(m.nowMs) && !(m.nowMs && $util.isInteger(m.nowMs.low) && $util.isInteger(m.nowMs.high)))
                        return "nowMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ClockSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.ClockSet} ClockSet
             */
            ClockSet.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.ClockSet)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.ClockSet: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.ClockSet();
                if (d.nowMs != null) {
                    if (typeof d.nowMs === "object" ? d.nowMs.low || d.nowMs.high : $Number(d.nowMs) !== 0) {
                        if ($util.Long)
                            m.nowMs = $util.Long.fromValue(d.nowMs, true);
                        else if (typeof d.nowMs === "string")
                            m.nowMs = $parseInt(d.nowMs, 10);
                        else if (typeof d.nowMs === "number")
                            m.nowMs = d.nowMs;
                        else if (typeof d.nowMs === "object")
                            m.nowMs = new $util.LongBits(d.nowMs.low >>> 0, d.nowMs.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClockSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {deftalk.v1.ClockSet} m ClockSet
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClockSet.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.nowMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.nowMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.nowMs != null && $Object.hasOwnProperty.call(m, "nowMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.nowMs = typeof m.nowMs === "number" ? $BigInt(m.nowMs) : $util.Long.fromBits(m.nowMs.low >>> 0, m.nowMs.high >>> 0, true).toBigInt();
                    else if (typeof m.nowMs === "number")
                        d.nowMs = o.longs === $String ? $String(m.nowMs) : m.nowMs;
                    else
                        d.nowMs = o.longs === $String ? $util.Long.prototype.toString.call(m.nowMs) : o.longs === $Number ? new $util.LongBits(m.nowMs.low >>> 0, m.nowMs.high >>> 0).toNumber(true) : m.nowMs;
                }
                return d;
            };

            /**
             * Converts this ClockSet to JSON.
             * @function toJSON
             * @memberof deftalk.v1.ClockSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClockSet.prototype.toJSON = function() {
                return ClockSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClockSet
             * @function getTypeUrl
             * @memberof deftalk.v1.ClockSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClockSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.ClockSet";
            };

            return ClockSet;
        })();

        v1.ClockState = (function() {

            /**
             * Properties of a ClockState.
             * @typedef {Object} deftalk.v1.ClockState.$Properties
             * @property {number|Long|null} [nowMs] ClockState nowMs
             * @property {number|Long|null} [offsetMs] ClockState offsetMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClockState.
             * @memberof deftalk.v1
             * @interface IClockState
             * @augments deftalk.v1.ClockState.$Properties
             * @deprecated Use deftalk.v1.ClockState.$Properties instead.
             */

            /**
             * Shape of a ClockState.
             * @typedef {deftalk.v1.ClockState.$Properties} deftalk.v1.ClockState.$Shape
             */

            /**
             * Constructs a new ClockState.
             * @memberof deftalk.v1
             * @classdesc Represents a ClockState.
             * @constructor
             * @param {deftalk.v1.ClockState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClockState = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClockState nowMs.
             * @member {number|Long} nowMs
             * @memberof deftalk.v1.ClockState
             * @instance
             */
            ClockState.prototype.nowMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClockState offsetMs.
             * @member {number|Long} offsetMs
             * @memberof deftalk.v1.ClockState
             * @instance
             */
            ClockState.prototype.offsetMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ClockState instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {deftalk.v1.ClockState.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.ClockState} ClockState instance
             * @type {{
             *   (properties: deftalk.v1.ClockState.$Shape): deftalk.v1.ClockState & deftalk.v1.ClockState.$Shape;
             *   (properties?: deftalk.v1.ClockState.$Properties): deftalk.v1.ClockState;
             * }}
             */
            ClockState.create = function(properties) {
                return new ClockState(properties);
            };

            /**
             * Encodes the specified ClockState message. Does not implicitly {@link deftalk.v1.ClockState.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {deftalk.v1.ClockState.$Properties} m ClockState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nowMs != null && $Object.hasOwnProperty.call(m, "nowMs") && (typeof m.nowMs === "object" ? m.nowMs.low || m.nowMs.high : m.nowMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nowMs);
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs") && (typeof m.offsetMs === "object" ? m.offsetMs.low || m.offsetMs.high : m.offsetMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.offsetMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClockState message, length delimited. Does not implicitly {@link deftalk.v1.ClockState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {deftalk.v1.ClockState.$Properties} message ClockState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClockState message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.ClockState & deftalk.v1.ClockState.$Shape} ClockState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockState.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.ClockState();
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
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.nowMs = v;
                            else
                                delete m.nowMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.offsetMs = v;
                            else
                                delete m.offsetMs;
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
             * Decodes a ClockState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.ClockState & deftalk.v1.ClockState.$Shape} ClockState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClockState message.
             * @function verify
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClockState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nowMs != null && $Object.hasOwnProperty.call(m, "nowMs")) {
                    if (!$util.isInteger(m.nowMs) && !(m.nowMs && $util.isInteger(m.nowMs.low) && $util.isInteger(m.nowMs.high)))
                        return "nowMs: integer|Long expected";
                }
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs")) {
                    if (!$util.isInteger(m.offsetMs) && !(m.offsetMs && $util.isInteger(m.offsetMs.low) && $util.isInteger(m.offsetMs.high)))
                        return "offsetMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ClockState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.ClockState} ClockState
             */
            ClockState.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.ClockState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.ClockState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.ClockState();
                if (d.nowMs != null) {
                    if (typeof d.nowMs === "object" ? d.nowMs.low || d.nowMs.high : $Number(d.nowMs) !== 0) {
                        if ($util.Long)
                            m.nowMs = $util.Long.fromValue(d.nowMs, true);
                        else if (typeof d.nowMs === "string")
                            m.nowMs = $parseInt(d.nowMs, 10);
                        else if (typeof d.nowMs === "number")
                            m.nowMs = d.nowMs;
                        else if (typeof d.nowMs === "object")
                            m.nowMs = new $util.LongBits(d.nowMs.low >>> 0, d.nowMs.high >>> 0).toNumber(true);
                    }
                }
                if (d.offsetMs != null) {
                    if (typeof d.offsetMs === "object" ? d.offsetMs.low || d.offsetMs.high : $Number(d.offsetMs) !== 0) {
                        if ($util.Long)
                            m.offsetMs = $util.Long.fromValue(d.offsetMs, false);
                        else if (typeof d.offsetMs === "string")
                            m.offsetMs = $parseInt(d.offsetMs, 10);
                        else if (typeof d.offsetMs === "number")
                            m.offsetMs = d.offsetMs;
                        else if (typeof d.offsetMs === "object")
                            m.offsetMs = new $util.LongBits(d.offsetMs.low >>> 0, d.offsetMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClockState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {deftalk.v1.ClockState} m ClockState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClockState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.nowMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.nowMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.offsetMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offsetMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.nowMs != null && $Object.hasOwnProperty.call(m, "nowMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.nowMs = typeof m.nowMs === "number" ? $BigInt(m.nowMs) : $util.Long.fromBits(m.nowMs.low >>> 0, m.nowMs.high >>> 0, true).toBigInt();
                    else if (typeof m.nowMs === "number")
                        d.nowMs = o.longs === $String ? $String(m.nowMs) : m.nowMs;
                    else
                        d.nowMs = o.longs === $String ? $util.Long.prototype.toString.call(m.nowMs) : o.longs === $Number ? new $util.LongBits(m.nowMs.low >>> 0, m.nowMs.high >>> 0).toNumber(true) : m.nowMs;
                }
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offsetMs = typeof m.offsetMs === "number" ? $BigInt(m.offsetMs) : $util.Long.fromBits(m.offsetMs.low >>> 0, m.offsetMs.high >>> 0, false).toBigInt();
                    else if (typeof m.offsetMs === "number")
                        d.offsetMs = o.longs === $String ? $String(m.offsetMs) : m.offsetMs;
                    else
                        d.offsetMs = o.longs === $String ? $util.Long.prototype.toString.call(m.offsetMs) : o.longs === $Number ? new $util.LongBits(m.offsetMs.low >>> 0, m.offsetMs.high >>> 0).toNumber() : m.offsetMs;
                }
                return d;
            };

            /**
             * Converts this ClockState to JSON.
             * @function toJSON
             * @memberof deftalk.v1.ClockState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClockState.prototype.toJSON = function() {
                return ClockState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClockState
             * @function getTypeUrl
             * @memberof deftalk.v1.ClockState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClockState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.ClockState";
            };

            return ClockState;
        })();

        v1.StorageDump = (function() {

            /**
             * Properties of a StorageDump.
             * @typedef {Object} deftalk.v1.StorageDump.$Properties
             * @property {Array.<deftalk.v1.StorageFile.$Properties>|null} [files] StorageDump files
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StorageDump.
             * @memberof deftalk.v1
             * @interface IStorageDump
             * @augments deftalk.v1.StorageDump.$Properties
             * @deprecated Use deftalk.v1.StorageDump.$Properties instead.
             */

            /**
             * Shape of a StorageDump.
             * @typedef {deftalk.v1.StorageDump.$Properties} deftalk.v1.StorageDump.$Shape
             */

            /**
             * Constructs a new StorageDump.
             * @memberof deftalk.v1
             * @classdesc Represents a StorageDump.
             * @constructor
             * @param {deftalk.v1.StorageDump.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StorageDump = function (p) {
                this.files = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StorageDump files.
             * @member {Array.<deftalk.v1.StorageFile.$Properties>} files
             * @memberof deftalk.v1.StorageDump
             * @instance
             */
            StorageDump.prototype.files = $util.emptyArray;

            /**
             * Creates a new StorageDump instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {deftalk.v1.StorageDump.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.StorageDump} StorageDump instance
             * @type {{
             *   (properties: deftalk.v1.StorageDump.$Shape): deftalk.v1.StorageDump & deftalk.v1.StorageDump.$Shape;
             *   (properties?: deftalk.v1.StorageDump.$Properties): deftalk.v1.StorageDump;
             * }}
             */
            StorageDump.create = function(properties) {
                return new StorageDump(properties);
            };

            /**
             * Encodes the specified StorageDump message. Does not implicitly {@link deftalk.v1.StorageDump.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {deftalk.v1.StorageDump.$Properties} m StorageDump message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StorageDump.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.files != null && m.files.length) {
                    for (var i = 0; i < m.files.length; ++i)
                        $root.deftalk.v1.StorageFile.encode(m.files[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StorageDump message, length delimited. Does not implicitly {@link deftalk.v1.StorageDump.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {deftalk.v1.StorageDump.$Properties} message StorageDump message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StorageDump.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StorageDump message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.StorageDump & deftalk.v1.StorageDump.$Shape} StorageDump
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StorageDump.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.StorageDump();
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
                            if (u !== 2)
                                break;
                            if (!(m.files && m.files.length))
                                m.files = [];
                            m.files.push($root.deftalk.v1.StorageFile.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a StorageDump message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.StorageDump & deftalk.v1.StorageDump.$Shape} StorageDump
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StorageDump.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StorageDump message.
             * @function verify
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StorageDump.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.files != null && $Object.hasOwnProperty.call(m, "files")) {
                    if (!$Array.isArray(m.files))
                        return "files: array expected";
                    for (var i = 0; i < m.files.length; ++i) {
                        {
                            var e = $root.deftalk.v1.StorageFile.verify(m.files[i], q + 1);
                            if (e)
                                return "files." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a StorageDump message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.StorageDump} StorageDump
             */
            StorageDump.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.StorageDump)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.StorageDump: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.StorageDump();
                if (d.files) {
                    if (!$Array.isArray(d.files))
                        throw $TypeError(".deftalk.v1.StorageDump.files: array expected");
                    m.files = $Array(d.files.length);
                    for (var i = 0; i < d.files.length; ++i) {
                        if (!$util.isObject(d.files[i]))
                            throw $TypeError(".deftalk.v1.StorageDump.files: object expected");
                        m.files[i] = $root.deftalk.v1.StorageFile.fromObject(d.files[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StorageDump message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {deftalk.v1.StorageDump} m StorageDump
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StorageDump.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.files = [];
                }
                if (m.files && m.files.length) {
                    d.files = $Array(m.files.length);
                    for (var j = 0; j < m.files.length; ++j) {
                        d.files[j] = $root.deftalk.v1.StorageFile.toObject(m.files[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this StorageDump to JSON.
             * @function toJSON
             * @memberof deftalk.v1.StorageDump
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StorageDump.prototype.toJSON = function() {
                return StorageDump.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StorageDump
             * @function getTypeUrl
             * @memberof deftalk.v1.StorageDump
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StorageDump.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.StorageDump";
            };

            return StorageDump;
        })();

        v1.StorageFile = (function() {

            /**
             * Properties of a StorageFile.
             * @typedef {Object} deftalk.v1.StorageFile.$Properties
             * @property {string|null} [name] StorageFile name
             * @property {Uint8Array|null} [content] StorageFile content
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StorageFile.
             * @memberof deftalk.v1
             * @interface IStorageFile
             * @augments deftalk.v1.StorageFile.$Properties
             * @deprecated Use deftalk.v1.StorageFile.$Properties instead.
             */

            /**
             * Shape of a StorageFile.
             * @typedef {deftalk.v1.StorageFile.$Properties} deftalk.v1.StorageFile.$Shape
             */

            /**
             * Constructs a new StorageFile.
             * @memberof deftalk.v1
             * @classdesc Represents a StorageFile.
             * @constructor
             * @param {deftalk.v1.StorageFile.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StorageFile = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StorageFile name.
             * @member {string} name
             * @memberof deftalk.v1.StorageFile
             * @instance
             */
            StorageFile.prototype.name = "";

            /**
             * StorageFile content.
             * @member {Uint8Array} content
             * @memberof deftalk.v1.StorageFile
             * @instance
             */
            StorageFile.prototype.content = $util.newBuffer([]);

            /**
             * Creates a new StorageFile instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {deftalk.v1.StorageFile.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.StorageFile} StorageFile instance
             * @type {{
             *   (properties: deftalk.v1.StorageFile.$Shape): deftalk.v1.StorageFile & deftalk.v1.StorageFile.$Shape;
             *   (properties?: deftalk.v1.StorageFile.$Properties): deftalk.v1.StorageFile;
             * }}
             */
            StorageFile.create = function(properties) {
                return new StorageFile(properties);
            };

            /**
             * Encodes the specified StorageFile message. Does not implicitly {@link deftalk.v1.StorageFile.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {deftalk.v1.StorageFile.$Properties} m StorageFile message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StorageFile.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.content != null && $Object.hasOwnProperty.call(m, "content") && m.content.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.content);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StorageFile message, length delimited. Does not implicitly {@link deftalk.v1.StorageFile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {deftalk.v1.StorageFile.$Properties} message StorageFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StorageFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StorageFile message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.StorageFile & deftalk.v1.StorageFile.$Shape} StorageFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StorageFile.decode = function (r, l, z, q, g) {
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
                m = g || new $root.deftalk.v1.StorageFile();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.content = v;
                            else
                                delete m.content;
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
             * Decodes a StorageFile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.StorageFile & deftalk.v1.StorageFile.$Shape} StorageFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StorageFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StorageFile message.
             * @function verify
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StorageFile.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                    if (!(m.content && typeof m.content.length === "number" || $util.isString(m.content)))
                        return "content: buffer expected";
                }
                return null;
            };

            /**
             * Creates a StorageFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.StorageFile} StorageFile
             */
            StorageFile.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.StorageFile)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.StorageFile: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.StorageFile();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.content != null) {
                    if (d.content.length) {
                        if (typeof d.content === "string")
                            $util.base64.decode(d.content, m.content = $util.newBuffer($util.base64.length(d.content)), 0);
                        else if (d.content.length >= 0)
                            m.content = d.content;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StorageFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {deftalk.v1.StorageFile} m StorageFile
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StorageFile.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    if (o.bytes === $String)
                        d.content = "";
                    else {
                        d.content = [];
                        if (o.bytes !== $Array)
                            d.content = $util.newBuffer(d.content);
                    }
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                    d.content = o.bytes === $String ? $util.base64.encode(m.content, 0, m.content.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.content) : m.content;
                }
                return d;
            };

            /**
             * Converts this StorageFile to JSON.
             * @function toJSON
             * @memberof deftalk.v1.StorageFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StorageFile.prototype.toJSON = function() {
                return StorageFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StorageFile
             * @function getTypeUrl
             * @memberof deftalk.v1.StorageFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StorageFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.StorageFile";
            };

            return StorageFile;
        })();

        v1.LogLines = (function() {

            /**
             * Properties of a LogLines.
             * @typedef {Object} deftalk.v1.LogLines.$Properties
             * @property {Array.<string>|null} [lines] LogLines lines
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogLines.
             * @memberof deftalk.v1
             * @interface ILogLines
             * @augments deftalk.v1.LogLines.$Properties
             * @deprecated Use deftalk.v1.LogLines.$Properties instead.
             */

            /**
             * Shape of a LogLines.
             * @typedef {deftalk.v1.LogLines.$Properties} deftalk.v1.LogLines.$Shape
             */

            /**
             * Constructs a new LogLines.
             * @memberof deftalk.v1
             * @classdesc Represents a LogLines.
             * @constructor
             * @param {deftalk.v1.LogLines.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogLines = function (p) {
                this.lines = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LogLines lines.
             * @member {Array.<string>} lines
             * @memberof deftalk.v1.LogLines
             * @instance
             */
            LogLines.prototype.lines = $util.emptyArray;

            /**
             * Creates a new LogLines instance using the specified properties.
             * @function create
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {deftalk.v1.LogLines.$Properties=} [properties] Properties to set
             * @returns {deftalk.v1.LogLines} LogLines instance
             * @type {{
             *   (properties: deftalk.v1.LogLines.$Shape): deftalk.v1.LogLines & deftalk.v1.LogLines.$Shape;
             *   (properties?: deftalk.v1.LogLines.$Properties): deftalk.v1.LogLines;
             * }}
             */
            LogLines.create = function(properties) {
                return new LogLines(properties);
            };

            /**
             * Encodes the specified LogLines message. Does not implicitly {@link deftalk.v1.LogLines.verify|verify} messages.
             * @function encode
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {deftalk.v1.LogLines.$Properties} m LogLines message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogLines.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lines != null && m.lines.length) {
                    for (var i = 0; i < m.lines.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.lines[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LogLines message, length delimited. Does not implicitly {@link deftalk.v1.LogLines.verify|verify} messages.
             * @function encodeDelimited
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {deftalk.v1.LogLines.$Properties} message LogLines message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogLines.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LogLines message from the specified reader or buffer.
             * @function decode
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {deftalk.v1.LogLines & deftalk.v1.LogLines.$Shape} LogLines
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogLines.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.deftalk.v1.LogLines();
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
                            if (u !== 2)
                                break;
                            if (!(m.lines && m.lines.length))
                                m.lines = [];
                            m.lines.push(r.stringVerify());
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
             * Decodes a LogLines message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {deftalk.v1.LogLines & deftalk.v1.LogLines.$Shape} LogLines
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogLines.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LogLines message.
             * @function verify
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LogLines.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.lines != null && $Object.hasOwnProperty.call(m, "lines")) {
                    if (!$Array.isArray(m.lines))
                        return "lines: array expected";
                    for (var i = 0; i < m.lines.length; ++i) {
                        if (!$util.isString(m.lines[i]))
                            return "lines: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a LogLines message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {deftalk.v1.LogLines} LogLines
             */
            LogLines.fromObject = function (d, q) {
                if (d instanceof $root.deftalk.v1.LogLines)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".deftalk.v1.LogLines: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.deftalk.v1.LogLines();
                if (d.lines) {
                    if (!$Array.isArray(d.lines))
                        throw $TypeError(".deftalk.v1.LogLines.lines: array expected");
                    m.lines = $Array(d.lines.length);
                    for (var i = 0; i < d.lines.length; ++i) {
                        m.lines[i] = $String(d.lines[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LogLines message. Also converts values to other types if specified.
             * @function toObject
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {deftalk.v1.LogLines} m LogLines
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogLines.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.lines = [];
                }
                if (m.lines && m.lines.length) {
                    d.lines = $Array(m.lines.length);
                    for (var j = 0; j < m.lines.length; ++j) {
                        d.lines[j] = m.lines[j];
                    }
                }
                return d;
            };

            /**
             * Converts this LogLines to JSON.
             * @function toJSON
             * @memberof deftalk.v1.LogLines
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogLines.prototype.toJSON = function() {
                return LogLines.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogLines
             * @function getTypeUrl
             * @memberof deftalk.v1.LogLines
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogLines.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/deftalk.v1.LogLines";
            };

            return LogLines;
        })();

        return v1;
    })();

    return deftalk;
})();

export {
  $root as default
};
