import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace deftalk. */
export namespace deftalk {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a DeviceEntry.
         * @deprecated Use deftalk.v1.DeviceEntry.$Properties instead.
         */
        interface IDeviceEntry extends deftalk.v1.DeviceEntry.$Properties {
        }

        /** Represents a DeviceEntry. */
        class DeviceEntry {

            /**
             * Constructs a new DeviceEntry.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DeviceEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceEntry deviceId. */
            deviceId: number;

            /** DeviceEntry deviceKey. */
            deviceKey: Uint8Array;

            /** DeviceEntry addedAtMs. */
            addedAtMs: (number|Long);

            /**
             * Creates a new DeviceEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceEntry instance
             */
            static create(properties: deftalk.v1.DeviceEntry.$Shape): deftalk.v1.DeviceEntry & deftalk.v1.DeviceEntry.$Shape;
            static create(properties?: deftalk.v1.DeviceEntry.$Properties): deftalk.v1.DeviceEntry;

            /**
             * Encodes the specified DeviceEntry message. Does not implicitly {@link deftalk.v1.DeviceEntry.verify|verify} messages.
             * @param m DeviceEntry message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DeviceEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceEntry message, length delimited. Does not implicitly {@link deftalk.v1.DeviceEntry.verify|verify} messages.
             * @param message DeviceEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DeviceEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceEntry message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceEntry & deftalk.v1.DeviceEntry.$Shape} DeviceEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DeviceEntry & deftalk.v1.DeviceEntry.$Shape;

            /**
             * Decodes a DeviceEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceEntry & deftalk.v1.DeviceEntry.$Shape} DeviceEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DeviceEntry & deftalk.v1.DeviceEntry.$Shape;

            /**
             * Verifies a DeviceEntry message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceEntry message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceEntry
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DeviceEntry;

            /**
             * Creates a plain object from a DeviceEntry message. Also converts values to other types if specified.
             * @param m DeviceEntry
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DeviceEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceEntry {

            /** Properties of a DeviceEntry. */
            interface $Properties {

                /** DeviceEntry deviceId */
                deviceId?: (number|null);

                /** DeviceEntry deviceKey */
                deviceKey?: (Uint8Array|null);

                /** DeviceEntry addedAtMs */
                addedAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceEntry. */
            type $Shape = deftalk.v1.DeviceEntry.$Properties;
        }

        /**
         * Properties of a DeviceList.
         * @deprecated Use deftalk.v1.DeviceList.$Properties instead.
         */
        interface IDeviceList extends deftalk.v1.DeviceList.$Properties {
        }

        /** Represents a DeviceList. */
        class DeviceList {

            /**
             * Constructs a new DeviceList.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DeviceList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceList version. */
            version: (number|Long);

            /** DeviceList devices. */
            devices: deftalk.v1.DeviceEntry.$Properties[];

            /**
             * Creates a new DeviceList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceList instance
             */
            static create(properties: deftalk.v1.DeviceList.$Shape): deftalk.v1.DeviceList & deftalk.v1.DeviceList.$Shape;
            static create(properties?: deftalk.v1.DeviceList.$Properties): deftalk.v1.DeviceList;

            /**
             * Encodes the specified DeviceList message. Does not implicitly {@link deftalk.v1.DeviceList.verify|verify} messages.
             * @param m DeviceList message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DeviceList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceList message, length delimited. Does not implicitly {@link deftalk.v1.DeviceList.verify|verify} messages.
             * @param message DeviceList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DeviceList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceList message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceList & deftalk.v1.DeviceList.$Shape} DeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DeviceList & deftalk.v1.DeviceList.$Shape;

            /**
             * Decodes a DeviceList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceList & deftalk.v1.DeviceList.$Shape} DeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DeviceList & deftalk.v1.DeviceList.$Shape;

            /**
             * Verifies a DeviceList message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceList message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceList
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DeviceList;

            /**
             * Creates a plain object from a DeviceList message. Also converts values to other types if specified.
             * @param m DeviceList
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DeviceList, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceList {

            /** Properties of a DeviceList. */
            interface $Properties {

                /** DeviceList version */
                version?: (number|Long|null);

                /** DeviceList devices */
                devices?: (deftalk.v1.DeviceEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceList. */
            type $Shape = deftalk.v1.DeviceList.$Properties;
        }

        /**
         * Properties of a SignedDeviceList.
         * @deprecated Use deftalk.v1.SignedDeviceList.$Properties instead.
         */
        interface ISignedDeviceList extends deftalk.v1.SignedDeviceList.$Properties {
        }

        /** Represents a SignedDeviceList. */
        class SignedDeviceList {

            /**
             * Constructs a new SignedDeviceList.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SignedDeviceList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedDeviceList deviceList. */
            deviceList: Uint8Array;

            /** SignedDeviceList signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedDeviceList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedDeviceList instance
             */
            static create(properties: deftalk.v1.SignedDeviceList.$Shape): deftalk.v1.SignedDeviceList & deftalk.v1.SignedDeviceList.$Shape;
            static create(properties?: deftalk.v1.SignedDeviceList.$Properties): deftalk.v1.SignedDeviceList;

            /**
             * Encodes the specified SignedDeviceList message. Does not implicitly {@link deftalk.v1.SignedDeviceList.verify|verify} messages.
             * @param m SignedDeviceList message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SignedDeviceList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SignedDeviceList message, length delimited. Does not implicitly {@link deftalk.v1.SignedDeviceList.verify|verify} messages.
             * @param message SignedDeviceList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SignedDeviceList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedDeviceList message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SignedDeviceList & deftalk.v1.SignedDeviceList.$Shape} SignedDeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SignedDeviceList & deftalk.v1.SignedDeviceList.$Shape;

            /**
             * Decodes a SignedDeviceList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SignedDeviceList & deftalk.v1.SignedDeviceList.$Shape} SignedDeviceList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SignedDeviceList & deftalk.v1.SignedDeviceList.$Shape;

            /**
             * Verifies a SignedDeviceList message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedDeviceList message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SignedDeviceList
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SignedDeviceList;

            /**
             * Creates a plain object from a SignedDeviceList message. Also converts values to other types if specified.
             * @param m SignedDeviceList
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SignedDeviceList, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedDeviceList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedDeviceList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedDeviceList {

            /** Properties of a SignedDeviceList. */
            interface $Properties {

                /** SignedDeviceList deviceList */
                deviceList?: (Uint8Array|null);

                /** SignedDeviceList signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedDeviceList. */
            type $Shape = deftalk.v1.SignedDeviceList.$Properties;
        }

        /**
         * Properties of a DeviceAddress.
         * @deprecated Use deftalk.v1.DeviceAddress.$Properties instead.
         */
        interface IDeviceAddress extends deftalk.v1.DeviceAddress.$Properties {
        }

        /** Represents a DeviceAddress. */
        class DeviceAddress {

            /**
             * Constructs a new DeviceAddress.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DeviceAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceAddress accountId. */
            accountId: Uint8Array;

            /** DeviceAddress deviceId. */
            deviceId: number;

            /**
             * Creates a new DeviceAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceAddress instance
             */
            static create(properties: deftalk.v1.DeviceAddress.$Shape): deftalk.v1.DeviceAddress & deftalk.v1.DeviceAddress.$Shape;
            static create(properties?: deftalk.v1.DeviceAddress.$Properties): deftalk.v1.DeviceAddress;

            /**
             * Encodes the specified DeviceAddress message. Does not implicitly {@link deftalk.v1.DeviceAddress.verify|verify} messages.
             * @param m DeviceAddress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DeviceAddress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceAddress message, length delimited. Does not implicitly {@link deftalk.v1.DeviceAddress.verify|verify} messages.
             * @param message DeviceAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DeviceAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceAddress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceAddress & deftalk.v1.DeviceAddress.$Shape} DeviceAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DeviceAddress & deftalk.v1.DeviceAddress.$Shape;

            /**
             * Decodes a DeviceAddress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceAddress & deftalk.v1.DeviceAddress.$Shape} DeviceAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DeviceAddress & deftalk.v1.DeviceAddress.$Shape;

            /**
             * Verifies a DeviceAddress message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceAddress message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceAddress
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DeviceAddress;

            /**
             * Creates a plain object from a DeviceAddress message. Also converts values to other types if specified.
             * @param m DeviceAddress
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DeviceAddress, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceAddress {

            /** Properties of a DeviceAddress. */
            interface $Properties {

                /** DeviceAddress accountId */
                accountId?: (Uint8Array|null);

                /** DeviceAddress deviceId */
                deviceId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceAddress. */
            type $Shape = deftalk.v1.DeviceAddress.$Properties;
        }

        /**
         * Properties of an AccountInfo.
         * @deprecated Use deftalk.v1.AccountInfo.$Properties instead.
         */
        interface IAccountInfo extends deftalk.v1.AccountInfo.$Properties {
        }

        /** Represents an AccountInfo. */
        class AccountInfo {

            /**
             * Constructs a new AccountInfo.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.AccountInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AccountInfo accountId. */
            accountId: Uint8Array;

            /** AccountInfo deviceId. */
            deviceId: number;

            /** AccountInfo identityKey. */
            identityKey: Uint8Array;

            /** AccountInfo registrationLock. */
            registrationLock: boolean;

            /** AccountInfo deviceList. */
            deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

            /**
             * Creates a new AccountInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccountInfo instance
             */
            static create(properties: deftalk.v1.AccountInfo.$Shape): deftalk.v1.AccountInfo & deftalk.v1.AccountInfo.$Shape;
            static create(properties?: deftalk.v1.AccountInfo.$Properties): deftalk.v1.AccountInfo;

            /**
             * Encodes the specified AccountInfo message. Does not implicitly {@link deftalk.v1.AccountInfo.verify|verify} messages.
             * @param m AccountInfo message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.AccountInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AccountInfo message, length delimited. Does not implicitly {@link deftalk.v1.AccountInfo.verify|verify} messages.
             * @param message AccountInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.AccountInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccountInfo message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.AccountInfo & deftalk.v1.AccountInfo.$Shape} AccountInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.AccountInfo & deftalk.v1.AccountInfo.$Shape;

            /**
             * Decodes an AccountInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.AccountInfo & deftalk.v1.AccountInfo.$Shape} AccountInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.AccountInfo & deftalk.v1.AccountInfo.$Shape;

            /**
             * Verifies an AccountInfo message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an AccountInfo message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AccountInfo
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.AccountInfo;

            /**
             * Creates a plain object from an AccountInfo message. Also converts values to other types if specified.
             * @param m AccountInfo
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.AccountInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AccountInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AccountInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AccountInfo {

            /** Properties of an AccountInfo. */
            interface $Properties {

                /** AccountInfo accountId */
                accountId?: (Uint8Array|null);

                /** AccountInfo deviceId */
                deviceId?: (number|null);

                /** AccountInfo identityKey */
                identityKey?: (Uint8Array|null);

                /** AccountInfo registrationLock */
                registrationLock?: (boolean|null);

                /** AccountInfo deviceList */
                deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccountInfo. */
            type $Shape = deftalk.v1.AccountInfo.$Properties;
        }

        /**
         * Properties of an AccountDevices.
         * @deprecated Use deftalk.v1.AccountDevices.$Properties instead.
         */
        interface IAccountDevices extends deftalk.v1.AccountDevices.$Properties {
        }

        /** Represents an AccountDevices. */
        class AccountDevices {

            /**
             * Constructs a new AccountDevices.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.AccountDevices.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AccountDevices accountId. */
            accountId: Uint8Array;

            /** AccountDevices identityKey. */
            identityKey: Uint8Array;

            /** AccountDevices deviceList. */
            deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

            /**
             * Creates a new AccountDevices instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccountDevices instance
             */
            static create(properties: deftalk.v1.AccountDevices.$Shape): deftalk.v1.AccountDevices & deftalk.v1.AccountDevices.$Shape;
            static create(properties?: deftalk.v1.AccountDevices.$Properties): deftalk.v1.AccountDevices;

            /**
             * Encodes the specified AccountDevices message. Does not implicitly {@link deftalk.v1.AccountDevices.verify|verify} messages.
             * @param m AccountDevices message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.AccountDevices.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AccountDevices message, length delimited. Does not implicitly {@link deftalk.v1.AccountDevices.verify|verify} messages.
             * @param message AccountDevices message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.AccountDevices.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccountDevices message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.AccountDevices & deftalk.v1.AccountDevices.$Shape} AccountDevices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.AccountDevices & deftalk.v1.AccountDevices.$Shape;

            /**
             * Decodes an AccountDevices message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.AccountDevices & deftalk.v1.AccountDevices.$Shape} AccountDevices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.AccountDevices & deftalk.v1.AccountDevices.$Shape;

            /**
             * Verifies an AccountDevices message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an AccountDevices message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AccountDevices
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.AccountDevices;

            /**
             * Creates a plain object from an AccountDevices message. Also converts values to other types if specified.
             * @param m AccountDevices
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.AccountDevices, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AccountDevices to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AccountDevices
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AccountDevices {

            /** Properties of an AccountDevices. */
            interface $Properties {

                /** AccountDevices accountId */
                accountId?: (Uint8Array|null);

                /** AccountDevices identityKey */
                identityKey?: (Uint8Array|null);

                /** AccountDevices deviceList */
                deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccountDevices. */
            type $Shape = deftalk.v1.AccountDevices.$Properties;
        }

        /**
         * Properties of a RegistrationLockRequest.
         * @deprecated Use deftalk.v1.RegistrationLockRequest.$Properties instead.
         */
        interface IRegistrationLockRequest extends deftalk.v1.RegistrationLockRequest.$Properties {
        }

        /** Represents a RegistrationLockRequest. */
        class RegistrationLockRequest {

            /**
             * Constructs a new RegistrationLockRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.RegistrationLockRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistrationLockRequest pin. */
            pin: string;

            /**
             * Creates a new RegistrationLockRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistrationLockRequest instance
             */
            static create(properties: deftalk.v1.RegistrationLockRequest.$Shape): deftalk.v1.RegistrationLockRequest & deftalk.v1.RegistrationLockRequest.$Shape;
            static create(properties?: deftalk.v1.RegistrationLockRequest.$Properties): deftalk.v1.RegistrationLockRequest;

            /**
             * Encodes the specified RegistrationLockRequest message. Does not implicitly {@link deftalk.v1.RegistrationLockRequest.verify|verify} messages.
             * @param m RegistrationLockRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.RegistrationLockRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegistrationLockRequest message, length delimited. Does not implicitly {@link deftalk.v1.RegistrationLockRequest.verify|verify} messages.
             * @param message RegistrationLockRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.RegistrationLockRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistrationLockRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.RegistrationLockRequest & deftalk.v1.RegistrationLockRequest.$Shape} RegistrationLockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.RegistrationLockRequest & deftalk.v1.RegistrationLockRequest.$Shape;

            /**
             * Decodes a RegistrationLockRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.RegistrationLockRequest & deftalk.v1.RegistrationLockRequest.$Shape} RegistrationLockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.RegistrationLockRequest & deftalk.v1.RegistrationLockRequest.$Shape;

            /**
             * Verifies a RegistrationLockRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a RegistrationLockRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RegistrationLockRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.RegistrationLockRequest;

            /**
             * Creates a plain object from a RegistrationLockRequest message. Also converts values to other types if specified.
             * @param m RegistrationLockRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.RegistrationLockRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistrationLockRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegistrationLockRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistrationLockRequest {

            /** Properties of a RegistrationLockRequest. */
            interface $Properties {

                /** RegistrationLockRequest pin */
                pin?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistrationLockRequest. */
            type $Shape = deftalk.v1.RegistrationLockRequest.$Properties;
        }

        /**
         * Properties of a LinkToken.
         * @deprecated Use deftalk.v1.LinkToken.$Properties instead.
         */
        interface ILinkToken extends deftalk.v1.LinkToken.$Properties {
        }

        /** Represents a LinkToken. */
        class LinkToken {

            /**
             * Constructs a new LinkToken.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.LinkToken.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinkToken linkToken. */
            linkToken: string;

            /** LinkToken expiresInMs. */
            expiresInMs: number;

            /** LinkToken nextDeviceId. */
            nextDeviceId: number;

            /**
             * Creates a new LinkToken instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinkToken instance
             */
            static create(properties: deftalk.v1.LinkToken.$Shape): deftalk.v1.LinkToken & deftalk.v1.LinkToken.$Shape;
            static create(properties?: deftalk.v1.LinkToken.$Properties): deftalk.v1.LinkToken;

            /**
             * Encodes the specified LinkToken message. Does not implicitly {@link deftalk.v1.LinkToken.verify|verify} messages.
             * @param m LinkToken message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.LinkToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LinkToken message, length delimited. Does not implicitly {@link deftalk.v1.LinkToken.verify|verify} messages.
             * @param message LinkToken message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.LinkToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinkToken message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.LinkToken & deftalk.v1.LinkToken.$Shape} LinkToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.LinkToken & deftalk.v1.LinkToken.$Shape;

            /**
             * Decodes a LinkToken message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.LinkToken & deftalk.v1.LinkToken.$Shape} LinkToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.LinkToken & deftalk.v1.LinkToken.$Shape;

            /**
             * Verifies a LinkToken message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a LinkToken message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LinkToken
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.LinkToken;

            /**
             * Creates a plain object from a LinkToken message. Also converts values to other types if specified.
             * @param m LinkToken
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.LinkToken, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinkToken to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LinkToken
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinkToken {

            /** Properties of a LinkToken. */
            interface $Properties {

                /** LinkToken linkToken */
                linkToken?: (string|null);

                /** LinkToken expiresInMs */
                expiresInMs?: (number|null);

                /** LinkToken nextDeviceId */
                nextDeviceId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinkToken. */
            type $Shape = deftalk.v1.LinkToken.$Properties;
        }

        /**
         * Properties of a LinkDeviceRequest.
         * @deprecated Use deftalk.v1.LinkDeviceRequest.$Properties instead.
         */
        interface ILinkDeviceRequest extends deftalk.v1.LinkDeviceRequest.$Properties {
        }

        /** Represents a LinkDeviceRequest. */
        class LinkDeviceRequest {

            /**
             * Constructs a new LinkDeviceRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.LinkDeviceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinkDeviceRequest accountId. */
            accountId: Uint8Array;

            /** LinkDeviceRequest linkToken. */
            linkToken: string;

            /** LinkDeviceRequest deviceKey. */
            deviceKey: Uint8Array;

            /** LinkDeviceRequest deviceList. */
            deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

            /**
             * Creates a new LinkDeviceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinkDeviceRequest instance
             */
            static create(properties: deftalk.v1.LinkDeviceRequest.$Shape): deftalk.v1.LinkDeviceRequest & deftalk.v1.LinkDeviceRequest.$Shape;
            static create(properties?: deftalk.v1.LinkDeviceRequest.$Properties): deftalk.v1.LinkDeviceRequest;

            /**
             * Encodes the specified LinkDeviceRequest message. Does not implicitly {@link deftalk.v1.LinkDeviceRequest.verify|verify} messages.
             * @param m LinkDeviceRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.LinkDeviceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LinkDeviceRequest message, length delimited. Does not implicitly {@link deftalk.v1.LinkDeviceRequest.verify|verify} messages.
             * @param message LinkDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.LinkDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinkDeviceRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.LinkDeviceRequest & deftalk.v1.LinkDeviceRequest.$Shape} LinkDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.LinkDeviceRequest & deftalk.v1.LinkDeviceRequest.$Shape;

            /**
             * Decodes a LinkDeviceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.LinkDeviceRequest & deftalk.v1.LinkDeviceRequest.$Shape} LinkDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.LinkDeviceRequest & deftalk.v1.LinkDeviceRequest.$Shape;

            /**
             * Verifies a LinkDeviceRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a LinkDeviceRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LinkDeviceRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.LinkDeviceRequest;

            /**
             * Creates a plain object from a LinkDeviceRequest message. Also converts values to other types if specified.
             * @param m LinkDeviceRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.LinkDeviceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinkDeviceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LinkDeviceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinkDeviceRequest {

            /** Properties of a LinkDeviceRequest. */
            interface $Properties {

                /** LinkDeviceRequest accountId */
                accountId?: (Uint8Array|null);

                /** LinkDeviceRequest linkToken */
                linkToken?: (string|null);

                /** LinkDeviceRequest deviceKey */
                deviceKey?: (Uint8Array|null);

                /** LinkDeviceRequest deviceList */
                deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinkDeviceRequest. */
            type $Shape = deftalk.v1.LinkDeviceRequest.$Properties;
        }

        /**
         * Properties of an UpdateDeviceListRequest.
         * @deprecated Use deftalk.v1.UpdateDeviceListRequest.$Properties instead.
         */
        interface IUpdateDeviceListRequest extends deftalk.v1.UpdateDeviceListRequest.$Properties {
        }

        /** Represents an UpdateDeviceListRequest. */
        class UpdateDeviceListRequest {

            /**
             * Constructs a new UpdateDeviceListRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.UpdateDeviceListRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateDeviceListRequest deviceList. */
            deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

            /**
             * Creates a new UpdateDeviceListRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateDeviceListRequest instance
             */
            static create(properties: deftalk.v1.UpdateDeviceListRequest.$Shape): deftalk.v1.UpdateDeviceListRequest & deftalk.v1.UpdateDeviceListRequest.$Shape;
            static create(properties?: deftalk.v1.UpdateDeviceListRequest.$Properties): deftalk.v1.UpdateDeviceListRequest;

            /**
             * Encodes the specified UpdateDeviceListRequest message. Does not implicitly {@link deftalk.v1.UpdateDeviceListRequest.verify|verify} messages.
             * @param m UpdateDeviceListRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.UpdateDeviceListRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UpdateDeviceListRequest message, length delimited. Does not implicitly {@link deftalk.v1.UpdateDeviceListRequest.verify|verify} messages.
             * @param message UpdateDeviceListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.UpdateDeviceListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateDeviceListRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.UpdateDeviceListRequest & deftalk.v1.UpdateDeviceListRequest.$Shape} UpdateDeviceListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.UpdateDeviceListRequest & deftalk.v1.UpdateDeviceListRequest.$Shape;

            /**
             * Decodes an UpdateDeviceListRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.UpdateDeviceListRequest & deftalk.v1.UpdateDeviceListRequest.$Shape} UpdateDeviceListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.UpdateDeviceListRequest & deftalk.v1.UpdateDeviceListRequest.$Shape;

            /**
             * Verifies an UpdateDeviceListRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an UpdateDeviceListRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns UpdateDeviceListRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.UpdateDeviceListRequest;

            /**
             * Creates a plain object from an UpdateDeviceListRequest message. Also converts values to other types if specified.
             * @param m UpdateDeviceListRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.UpdateDeviceListRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateDeviceListRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateDeviceListRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateDeviceListRequest {

            /** Properties of an UpdateDeviceListRequest. */
            interface $Properties {

                /** UpdateDeviceListRequest deviceList */
                deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateDeviceListRequest. */
            type $Shape = deftalk.v1.UpdateDeviceListRequest.$Properties;
        }

        /**
         * Properties of a ProvisioningAddress.
         * @deprecated Use deftalk.v1.ProvisioningAddress.$Properties instead.
         */
        interface IProvisioningAddress extends deftalk.v1.ProvisioningAddress.$Properties {
        }

        /** Represents a ProvisioningAddress. */
        class ProvisioningAddress {

            /**
             * Constructs a new ProvisioningAddress.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ProvisioningAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProvisioningAddress provisioningId. */
            provisioningId: Uint8Array;

            /** ProvisioningAddress expiresInMs. */
            expiresInMs: number;

            /**
             * Creates a new ProvisioningAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProvisioningAddress instance
             */
            static create(properties: deftalk.v1.ProvisioningAddress.$Shape): deftalk.v1.ProvisioningAddress & deftalk.v1.ProvisioningAddress.$Shape;
            static create(properties?: deftalk.v1.ProvisioningAddress.$Properties): deftalk.v1.ProvisioningAddress;

            /**
             * Encodes the specified ProvisioningAddress message. Does not implicitly {@link deftalk.v1.ProvisioningAddress.verify|verify} messages.
             * @param m ProvisioningAddress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ProvisioningAddress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProvisioningAddress message, length delimited. Does not implicitly {@link deftalk.v1.ProvisioningAddress.verify|verify} messages.
             * @param message ProvisioningAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ProvisioningAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProvisioningAddress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ProvisioningAddress & deftalk.v1.ProvisioningAddress.$Shape} ProvisioningAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ProvisioningAddress & deftalk.v1.ProvisioningAddress.$Shape;

            /**
             * Decodes a ProvisioningAddress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProvisioningAddress & deftalk.v1.ProvisioningAddress.$Shape} ProvisioningAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ProvisioningAddress & deftalk.v1.ProvisioningAddress.$Shape;

            /**
             * Verifies a ProvisioningAddress message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ProvisioningAddress message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProvisioningAddress
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ProvisioningAddress;

            /**
             * Creates a plain object from a ProvisioningAddress message. Also converts values to other types if specified.
             * @param m ProvisioningAddress
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ProvisioningAddress, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProvisioningAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProvisioningAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProvisioningAddress {

            /** Properties of a ProvisioningAddress. */
            interface $Properties {

                /** ProvisioningAddress provisioningId */
                provisioningId?: (Uint8Array|null);

                /** ProvisioningAddress expiresInMs */
                expiresInMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProvisioningAddress. */
            type $Shape = deftalk.v1.ProvisioningAddress.$Properties;
        }

        /**
         * Properties of a ProvisioningEnvelope.
         * @deprecated Use deftalk.v1.ProvisioningEnvelope.$Properties instead.
         */
        interface IProvisioningEnvelope extends deftalk.v1.ProvisioningEnvelope.$Properties {
        }

        /** Represents a ProvisioningEnvelope. */
        class ProvisioningEnvelope {

            /**
             * Constructs a new ProvisioningEnvelope.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ProvisioningEnvelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProvisioningEnvelope ephemeralKey. */
            ephemeralKey: Uint8Array;

            /** ProvisioningEnvelope ciphertext. */
            ciphertext: Uint8Array;

            /**
             * Creates a new ProvisioningEnvelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProvisioningEnvelope instance
             */
            static create(properties: deftalk.v1.ProvisioningEnvelope.$Shape): deftalk.v1.ProvisioningEnvelope & deftalk.v1.ProvisioningEnvelope.$Shape;
            static create(properties?: deftalk.v1.ProvisioningEnvelope.$Properties): deftalk.v1.ProvisioningEnvelope;

            /**
             * Encodes the specified ProvisioningEnvelope message. Does not implicitly {@link deftalk.v1.ProvisioningEnvelope.verify|verify} messages.
             * @param m ProvisioningEnvelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ProvisioningEnvelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProvisioningEnvelope message, length delimited. Does not implicitly {@link deftalk.v1.ProvisioningEnvelope.verify|verify} messages.
             * @param message ProvisioningEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ProvisioningEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProvisioningEnvelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ProvisioningEnvelope & deftalk.v1.ProvisioningEnvelope.$Shape} ProvisioningEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ProvisioningEnvelope & deftalk.v1.ProvisioningEnvelope.$Shape;

            /**
             * Decodes a ProvisioningEnvelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProvisioningEnvelope & deftalk.v1.ProvisioningEnvelope.$Shape} ProvisioningEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ProvisioningEnvelope & deftalk.v1.ProvisioningEnvelope.$Shape;

            /**
             * Verifies a ProvisioningEnvelope message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ProvisioningEnvelope message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProvisioningEnvelope
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ProvisioningEnvelope;

            /**
             * Creates a plain object from a ProvisioningEnvelope message. Also converts values to other types if specified.
             * @param m ProvisioningEnvelope
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ProvisioningEnvelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProvisioningEnvelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProvisioningEnvelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProvisioningEnvelope {

            /** Properties of a ProvisioningEnvelope. */
            interface $Properties {

                /** ProvisioningEnvelope ephemeralKey */
                ephemeralKey?: (Uint8Array|null);

                /** ProvisioningEnvelope ciphertext */
                ciphertext?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProvisioningEnvelope. */
            type $Shape = deftalk.v1.ProvisioningEnvelope.$Properties;
        }

        /**
         * Properties of a ProvisioningPayload.
         * @deprecated Use deftalk.v1.ProvisioningPayload.$Properties instead.
         */
        interface IProvisioningPayload extends deftalk.v1.ProvisioningPayload.$Properties {
        }

        /** Represents a ProvisioningPayload. */
        class ProvisioningPayload {

            /**
             * Constructs a new ProvisioningPayload.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ProvisioningPayload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProvisioningPayload accountId. */
            accountId: Uint8Array;

            /** ProvisioningPayload identitySeed. */
            identitySeed: Uint8Array;

            /** ProvisioningPayload linkToken. */
            linkToken: string;

            /** ProvisioningPayload deviceList. */
            deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

            /** ProvisioningPayload nextDeviceId. */
            nextDeviceId: number;

            /** ProvisioningPayload syncKey. */
            syncKey: Uint8Array;

            /**
             * Creates a new ProvisioningPayload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProvisioningPayload instance
             */
            static create(properties: deftalk.v1.ProvisioningPayload.$Shape): deftalk.v1.ProvisioningPayload & deftalk.v1.ProvisioningPayload.$Shape;
            static create(properties?: deftalk.v1.ProvisioningPayload.$Properties): deftalk.v1.ProvisioningPayload;

            /**
             * Encodes the specified ProvisioningPayload message. Does not implicitly {@link deftalk.v1.ProvisioningPayload.verify|verify} messages.
             * @param m ProvisioningPayload message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ProvisioningPayload.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProvisioningPayload message, length delimited. Does not implicitly {@link deftalk.v1.ProvisioningPayload.verify|verify} messages.
             * @param message ProvisioningPayload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ProvisioningPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProvisioningPayload message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ProvisioningPayload & deftalk.v1.ProvisioningPayload.$Shape} ProvisioningPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ProvisioningPayload & deftalk.v1.ProvisioningPayload.$Shape;

            /**
             * Decodes a ProvisioningPayload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProvisioningPayload & deftalk.v1.ProvisioningPayload.$Shape} ProvisioningPayload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ProvisioningPayload & deftalk.v1.ProvisioningPayload.$Shape;

            /**
             * Verifies a ProvisioningPayload message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ProvisioningPayload message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProvisioningPayload
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ProvisioningPayload;

            /**
             * Creates a plain object from a ProvisioningPayload message. Also converts values to other types if specified.
             * @param m ProvisioningPayload
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ProvisioningPayload, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProvisioningPayload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProvisioningPayload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProvisioningPayload {

            /** Properties of a ProvisioningPayload. */
            interface $Properties {

                /** ProvisioningPayload accountId */
                accountId?: (Uint8Array|null);

                /** ProvisioningPayload identitySeed */
                identitySeed?: (Uint8Array|null);

                /** ProvisioningPayload linkToken */
                linkToken?: (string|null);

                /** ProvisioningPayload deviceList */
                deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

                /** ProvisioningPayload nextDeviceId */
                nextDeviceId?: (number|null);

                /** ProvisioningPayload syncKey */
                syncKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProvisioningPayload. */
            type $Shape = deftalk.v1.ProvisioningPayload.$Properties;
        }

        /**
         * Properties of an AdsOptIn.
         * @deprecated Use deftalk.v1.AdsOptIn.$Properties instead.
         */
        interface IAdsOptIn extends deftalk.v1.AdsOptIn.$Properties {
        }

        /** Represents an AdsOptIn. */
        class AdsOptIn {

            /**
             * Constructs a new AdsOptIn.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.AdsOptIn.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdsOptIn country. */
            country: string;

            /** AdsOptIn language. */
            language: string;

            /**
             * Creates a new AdsOptIn instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdsOptIn instance
             */
            static create(properties: deftalk.v1.AdsOptIn.$Shape): deftalk.v1.AdsOptIn & deftalk.v1.AdsOptIn.$Shape;
            static create(properties?: deftalk.v1.AdsOptIn.$Properties): deftalk.v1.AdsOptIn;

            /**
             * Encodes the specified AdsOptIn message. Does not implicitly {@link deftalk.v1.AdsOptIn.verify|verify} messages.
             * @param m AdsOptIn message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.AdsOptIn.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AdsOptIn message, length delimited. Does not implicitly {@link deftalk.v1.AdsOptIn.verify|verify} messages.
             * @param message AdsOptIn message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.AdsOptIn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdsOptIn message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.AdsOptIn & deftalk.v1.AdsOptIn.$Shape} AdsOptIn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.AdsOptIn & deftalk.v1.AdsOptIn.$Shape;

            /**
             * Decodes an AdsOptIn message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.AdsOptIn & deftalk.v1.AdsOptIn.$Shape} AdsOptIn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.AdsOptIn & deftalk.v1.AdsOptIn.$Shape;

            /**
             * Verifies an AdsOptIn message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an AdsOptIn message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AdsOptIn
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.AdsOptIn;

            /**
             * Creates a plain object from an AdsOptIn message. Also converts values to other types if specified.
             * @param m AdsOptIn
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.AdsOptIn, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AdsOptIn to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AdsOptIn
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdsOptIn {

            /** Properties of an AdsOptIn. */
            interface $Properties {

                /** AdsOptIn country */
                country?: (string|null);

                /** AdsOptIn language */
                language?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdsOptIn. */
            type $Shape = deftalk.v1.AdsOptIn.$Properties;
        }

        /**
         * Properties of an AdsState.
         * @deprecated Use deftalk.v1.AdsState.$Properties instead.
         */
        interface IAdsState extends deftalk.v1.AdsState.$Properties {
        }

        /** Represents an AdsState. */
        class AdsState {

            /**
             * Constructs a new AdsState.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.AdsState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdsState optedIn. */
            optedIn: boolean;

            /** AdsState country. */
            country: string;

            /** AdsState language. */
            language: string;

            /**
             * Creates a new AdsState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdsState instance
             */
            static create(properties: deftalk.v1.AdsState.$Shape): deftalk.v1.AdsState & deftalk.v1.AdsState.$Shape;
            static create(properties?: deftalk.v1.AdsState.$Properties): deftalk.v1.AdsState;

            /**
             * Encodes the specified AdsState message. Does not implicitly {@link deftalk.v1.AdsState.verify|verify} messages.
             * @param m AdsState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.AdsState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AdsState message, length delimited. Does not implicitly {@link deftalk.v1.AdsState.verify|verify} messages.
             * @param message AdsState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.AdsState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdsState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.AdsState & deftalk.v1.AdsState.$Shape} AdsState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.AdsState & deftalk.v1.AdsState.$Shape;

            /**
             * Decodes an AdsState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.AdsState & deftalk.v1.AdsState.$Shape} AdsState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.AdsState & deftalk.v1.AdsState.$Shape;

            /**
             * Verifies an AdsState message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an AdsState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AdsState
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.AdsState;

            /**
             * Creates a plain object from an AdsState message. Also converts values to other types if specified.
             * @param m AdsState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.AdsState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AdsState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AdsState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdsState {

            /** Properties of an AdsState. */
            interface $Properties {

                /** AdsState optedIn */
                optedIn?: (boolean|null);

                /** AdsState country */
                country?: (string|null);

                /** AdsState language */
                language?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdsState. */
            type $Shape = deftalk.v1.AdsState.$Properties;
        }

        /**
         * Properties of a RelayNotice.
         * @deprecated Use deftalk.v1.RelayNotice.$Properties instead.
         */
        interface IRelayNotice extends deftalk.v1.RelayNotice.$Properties {
        }

        /** Represents a RelayNotice. */
        class RelayNotice {

            /**
             * Constructs a new RelayNotice.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.RelayNotice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayNotice noticeId. */
            noticeId: string;

            /** RelayNotice text. */
            text: string;

            /** RelayNotice unsubscribePath. */
            unsubscribePath: string;

            /** RelayNotice queuedAtMs. */
            queuedAtMs: (number|Long);

            /**
             * Creates a new RelayNotice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayNotice instance
             */
            static create(properties: deftalk.v1.RelayNotice.$Shape): deftalk.v1.RelayNotice & deftalk.v1.RelayNotice.$Shape;
            static create(properties?: deftalk.v1.RelayNotice.$Properties): deftalk.v1.RelayNotice;

            /**
             * Encodes the specified RelayNotice message. Does not implicitly {@link deftalk.v1.RelayNotice.verify|verify} messages.
             * @param m RelayNotice message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.RelayNotice.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelayNotice message, length delimited. Does not implicitly {@link deftalk.v1.RelayNotice.verify|verify} messages.
             * @param message RelayNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.RelayNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayNotice message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.RelayNotice & deftalk.v1.RelayNotice.$Shape} RelayNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.RelayNotice & deftalk.v1.RelayNotice.$Shape;

            /**
             * Decodes a RelayNotice message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.RelayNotice & deftalk.v1.RelayNotice.$Shape} RelayNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.RelayNotice & deftalk.v1.RelayNotice.$Shape;

            /**
             * Verifies a RelayNotice message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a RelayNotice message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RelayNotice
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.RelayNotice;

            /**
             * Creates a plain object from a RelayNotice message. Also converts values to other types if specified.
             * @param m RelayNotice
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.RelayNotice, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelayNotice to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelayNotice
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelayNotice {

            /** Properties of a RelayNotice. */
            interface $Properties {

                /** RelayNotice noticeId */
                noticeId?: (string|null);

                /** RelayNotice text */
                text?: (string|null);

                /** RelayNotice unsubscribePath */
                unsubscribePath?: (string|null);

                /** RelayNotice queuedAtMs */
                queuedAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayNotice. */
            type $Shape = deftalk.v1.RelayNotice.$Properties;
        }

        /**
         * Properties of a RelayNoticeList.
         * @deprecated Use deftalk.v1.RelayNoticeList.$Properties instead.
         */
        interface IRelayNoticeList extends deftalk.v1.RelayNoticeList.$Properties {
        }

        /** Represents a RelayNoticeList. */
        class RelayNoticeList {

            /**
             * Constructs a new RelayNoticeList.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.RelayNoticeList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayNoticeList notices. */
            notices: deftalk.v1.RelayNotice.$Properties[];

            /**
             * Creates a new RelayNoticeList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayNoticeList instance
             */
            static create(properties: deftalk.v1.RelayNoticeList.$Shape): deftalk.v1.RelayNoticeList & deftalk.v1.RelayNoticeList.$Shape;
            static create(properties?: deftalk.v1.RelayNoticeList.$Properties): deftalk.v1.RelayNoticeList;

            /**
             * Encodes the specified RelayNoticeList message. Does not implicitly {@link deftalk.v1.RelayNoticeList.verify|verify} messages.
             * @param m RelayNoticeList message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.RelayNoticeList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelayNoticeList message, length delimited. Does not implicitly {@link deftalk.v1.RelayNoticeList.verify|verify} messages.
             * @param message RelayNoticeList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.RelayNoticeList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayNoticeList message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.RelayNoticeList & deftalk.v1.RelayNoticeList.$Shape} RelayNoticeList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.RelayNoticeList & deftalk.v1.RelayNoticeList.$Shape;

            /**
             * Decodes a RelayNoticeList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.RelayNoticeList & deftalk.v1.RelayNoticeList.$Shape} RelayNoticeList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.RelayNoticeList & deftalk.v1.RelayNoticeList.$Shape;

            /**
             * Verifies a RelayNoticeList message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a RelayNoticeList message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RelayNoticeList
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.RelayNoticeList;

            /**
             * Creates a plain object from a RelayNoticeList message. Also converts values to other types if specified.
             * @param m RelayNoticeList
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.RelayNoticeList, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelayNoticeList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelayNoticeList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelayNoticeList {

            /** Properties of a RelayNoticeList. */
            interface $Properties {

                /** RelayNoticeList notices */
                notices?: (deftalk.v1.RelayNotice.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayNoticeList. */
            type $Shape = deftalk.v1.RelayNoticeList.$Properties;
        }

        /**
         * Properties of an AuthChallenge.
         * @deprecated Use deftalk.v1.AuthChallenge.$Properties instead.
         */
        interface IAuthChallenge extends deftalk.v1.AuthChallenge.$Properties {
        }

        /** Represents an AuthChallenge. */
        class AuthChallenge {

            /**
             * Constructs a new AuthChallenge.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.AuthChallenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthChallenge nonce. */
            nonce: Uint8Array;

            /** AuthChallenge expiresInMs. */
            expiresInMs: number;

            /**
             * Creates a new AuthChallenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthChallenge instance
             */
            static create(properties: deftalk.v1.AuthChallenge.$Shape): deftalk.v1.AuthChallenge & deftalk.v1.AuthChallenge.$Shape;
            static create(properties?: deftalk.v1.AuthChallenge.$Properties): deftalk.v1.AuthChallenge;

            /**
             * Encodes the specified AuthChallenge message. Does not implicitly {@link deftalk.v1.AuthChallenge.verify|verify} messages.
             * @param m AuthChallenge message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.AuthChallenge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AuthChallenge message, length delimited. Does not implicitly {@link deftalk.v1.AuthChallenge.verify|verify} messages.
             * @param message AuthChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.AuthChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthChallenge message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.AuthChallenge & deftalk.v1.AuthChallenge.$Shape} AuthChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.AuthChallenge & deftalk.v1.AuthChallenge.$Shape;

            /**
             * Decodes an AuthChallenge message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.AuthChallenge & deftalk.v1.AuthChallenge.$Shape} AuthChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.AuthChallenge & deftalk.v1.AuthChallenge.$Shape;

            /**
             * Verifies an AuthChallenge message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an AuthChallenge message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AuthChallenge
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.AuthChallenge;

            /**
             * Creates a plain object from an AuthChallenge message. Also converts values to other types if specified.
             * @param m AuthChallenge
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.AuthChallenge, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthChallenge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthChallenge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthChallenge {

            /** Properties of an AuthChallenge. */
            interface $Properties {

                /** AuthChallenge nonce */
                nonce?: (Uint8Array|null);

                /** AuthChallenge expiresInMs */
                expiresInMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthChallenge. */
            type $Shape = deftalk.v1.AuthChallenge.$Properties;
        }

        /**
         * Properties of a TokenRequest.
         * @deprecated Use deftalk.v1.TokenRequest.$Properties instead.
         */
        interface ITokenRequest extends deftalk.v1.TokenRequest.$Properties {
        }

        /** Represents a TokenRequest. */
        class TokenRequest {

            /**
             * Constructs a new TokenRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.TokenRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TokenRequest accountId. */
            accountId: Uint8Array;

            /** TokenRequest deviceId. */
            deviceId: number;

            /** TokenRequest nonce. */
            nonce: Uint8Array;

            /** TokenRequest signature. */
            signature: Uint8Array;

            /**
             * Creates a new TokenRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TokenRequest instance
             */
            static create(properties: deftalk.v1.TokenRequest.$Shape): deftalk.v1.TokenRequest & deftalk.v1.TokenRequest.$Shape;
            static create(properties?: deftalk.v1.TokenRequest.$Properties): deftalk.v1.TokenRequest;

            /**
             * Encodes the specified TokenRequest message. Does not implicitly {@link deftalk.v1.TokenRequest.verify|verify} messages.
             * @param m TokenRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.TokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TokenRequest message, length delimited. Does not implicitly {@link deftalk.v1.TokenRequest.verify|verify} messages.
             * @param message TokenRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.TokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TokenRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.TokenRequest & deftalk.v1.TokenRequest.$Shape} TokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.TokenRequest & deftalk.v1.TokenRequest.$Shape;

            /**
             * Decodes a TokenRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.TokenRequest & deftalk.v1.TokenRequest.$Shape} TokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.TokenRequest & deftalk.v1.TokenRequest.$Shape;

            /**
             * Verifies a TokenRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TokenRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TokenRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.TokenRequest;

            /**
             * Creates a plain object from a TokenRequest message. Also converts values to other types if specified.
             * @param m TokenRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.TokenRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TokenRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TokenRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenRequest {

            /** Properties of a TokenRequest. */
            interface $Properties {

                /** TokenRequest accountId */
                accountId?: (Uint8Array|null);

                /** TokenRequest deviceId */
                deviceId?: (number|null);

                /** TokenRequest nonce */
                nonce?: (Uint8Array|null);

                /** TokenRequest signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TokenRequest. */
            type $Shape = deftalk.v1.TokenRequest.$Properties;
        }

        /**
         * Properties of an AuthToken.
         * @deprecated Use deftalk.v1.AuthToken.$Properties instead.
         */
        interface IAuthToken extends deftalk.v1.AuthToken.$Properties {
        }

        /** Represents an AuthToken. */
        class AuthToken {

            /**
             * Constructs a new AuthToken.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.AuthToken.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthToken token. */
            token: string;

            /** AuthToken expiresInMs. */
            expiresInMs: number;

            /**
             * Creates a new AuthToken instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthToken instance
             */
            static create(properties: deftalk.v1.AuthToken.$Shape): deftalk.v1.AuthToken & deftalk.v1.AuthToken.$Shape;
            static create(properties?: deftalk.v1.AuthToken.$Properties): deftalk.v1.AuthToken;

            /**
             * Encodes the specified AuthToken message. Does not implicitly {@link deftalk.v1.AuthToken.verify|verify} messages.
             * @param m AuthToken message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.AuthToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AuthToken message, length delimited. Does not implicitly {@link deftalk.v1.AuthToken.verify|verify} messages.
             * @param message AuthToken message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.AuthToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthToken message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.AuthToken & deftalk.v1.AuthToken.$Shape} AuthToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.AuthToken & deftalk.v1.AuthToken.$Shape;

            /**
             * Decodes an AuthToken message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.AuthToken & deftalk.v1.AuthToken.$Shape} AuthToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.AuthToken & deftalk.v1.AuthToken.$Shape;

            /**
             * Verifies an AuthToken message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an AuthToken message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AuthToken
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.AuthToken;

            /**
             * Creates a plain object from an AuthToken message. Also converts values to other types if specified.
             * @param m AuthToken
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.AuthToken, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthToken to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthToken
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthToken {

            /** Properties of an AuthToken. */
            interface $Properties {

                /** AuthToken token */
                token?: (string|null);

                /** AuthToken expiresInMs */
                expiresInMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthToken. */
            type $Shape = deftalk.v1.AuthToken.$Properties;
        }

        /**
         * Properties of an EnvelopeRef.
         * @deprecated Use deftalk.v1.EnvelopeRef.$Properties instead.
         */
        interface IEnvelopeRef extends deftalk.v1.EnvelopeRef.$Properties {
        }

        /** Represents an EnvelopeRef. */
        class EnvelopeRef {

            /**
             * Constructs a new EnvelopeRef.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.EnvelopeRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnvelopeRef senderAccount. */
            senderAccount: Uint8Array;

            /** EnvelopeRef senderDevice. */
            senderDevice: number;

            /** EnvelopeRef sequence. */
            sequence: (number|Long);

            /**
             * Creates a new EnvelopeRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnvelopeRef instance
             */
            static create(properties: deftalk.v1.EnvelopeRef.$Shape): deftalk.v1.EnvelopeRef & deftalk.v1.EnvelopeRef.$Shape;
            static create(properties?: deftalk.v1.EnvelopeRef.$Properties): deftalk.v1.EnvelopeRef;

            /**
             * Encodes the specified EnvelopeRef message. Does not implicitly {@link deftalk.v1.EnvelopeRef.verify|verify} messages.
             * @param m EnvelopeRef message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.EnvelopeRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EnvelopeRef message, length delimited. Does not implicitly {@link deftalk.v1.EnvelopeRef.verify|verify} messages.
             * @param message EnvelopeRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.EnvelopeRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnvelopeRef message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.EnvelopeRef & deftalk.v1.EnvelopeRef.$Shape} EnvelopeRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.EnvelopeRef & deftalk.v1.EnvelopeRef.$Shape;

            /**
             * Decodes an EnvelopeRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.EnvelopeRef & deftalk.v1.EnvelopeRef.$Shape} EnvelopeRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.EnvelopeRef & deftalk.v1.EnvelopeRef.$Shape;

            /**
             * Verifies an EnvelopeRef message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an EnvelopeRef message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns EnvelopeRef
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.EnvelopeRef;

            /**
             * Creates a plain object from an EnvelopeRef message. Also converts values to other types if specified.
             * @param m EnvelopeRef
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.EnvelopeRef, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnvelopeRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EnvelopeRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnvelopeRef {

            /** Properties of an EnvelopeRef. */
            interface $Properties {

                /** EnvelopeRef senderAccount */
                senderAccount?: (Uint8Array|null);

                /** EnvelopeRef senderDevice */
                senderDevice?: (number|null);

                /** EnvelopeRef sequence */
                sequence?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnvelopeRef. */
            type $Shape = deftalk.v1.EnvelopeRef.$Properties;
        }

        /**
         * Properties of a Text.
         * @deprecated Use deftalk.v1.Text.$Properties instead.
         */
        interface IText extends deftalk.v1.Text.$Properties {
        }

        /** Represents a Text. */
        class Text {

            /**
             * Constructs a new Text.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Text.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Text body. */
            body: string;

            /** Text sentAtMs. */
            sentAtMs: (number|Long);

            /**
             * Creates a new Text instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Text instance
             */
            static create(properties: deftalk.v1.Text.$Shape): deftalk.v1.Text & deftalk.v1.Text.$Shape;
            static create(properties?: deftalk.v1.Text.$Properties): deftalk.v1.Text;

            /**
             * Encodes the specified Text message. Does not implicitly {@link deftalk.v1.Text.verify|verify} messages.
             * @param m Text message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Text.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Text message, length delimited. Does not implicitly {@link deftalk.v1.Text.verify|verify} messages.
             * @param message Text message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Text.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Text message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Text & deftalk.v1.Text.$Shape} Text
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Text & deftalk.v1.Text.$Shape;

            /**
             * Decodes a Text message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Text & deftalk.v1.Text.$Shape} Text
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Text & deftalk.v1.Text.$Shape;

            /**
             * Verifies a Text message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Text message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Text
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Text;

            /**
             * Creates a plain object from a Text message. Also converts values to other types if specified.
             * @param m Text
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Text, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Text to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Text
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Text {

            /** Properties of a Text. */
            interface $Properties {

                /** Text body */
                body?: (string|null);

                /** Text sentAtMs */
                sentAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Text. */
            type $Shape = deftalk.v1.Text.$Properties;
        }

        /** ReceiptType enum. */
        enum ReceiptType {

            /** RECEIPT_TYPE_UNSPECIFIED value */
            RECEIPT_TYPE_UNSPECIFIED = 0,

            /** RECEIPT_TYPE_DELIVERED value */
            RECEIPT_TYPE_DELIVERED = 1,

            /** RECEIPT_TYPE_READ value */
            RECEIPT_TYPE_READ = 2
        }

        /**
         * Properties of a Receipt.
         * @deprecated Use deftalk.v1.Receipt.$Properties instead.
         */
        interface IReceipt extends deftalk.v1.Receipt.$Properties {
        }

        /** Represents a Receipt. */
        class Receipt {

            /**
             * Constructs a new Receipt.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Receipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Receipt type. */
            type: deftalk.v1.ReceiptType;

            /** Receipt envelopes. */
            envelopes: deftalk.v1.EnvelopeRef.$Properties[];

            /**
             * Creates a new Receipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Receipt instance
             */
            static create(properties: deftalk.v1.Receipt.$Shape): deftalk.v1.Receipt & deftalk.v1.Receipt.$Shape;
            static create(properties?: deftalk.v1.Receipt.$Properties): deftalk.v1.Receipt;

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link deftalk.v1.Receipt.verify|verify} messages.
             * @param m Receipt message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Receipt.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Receipt message, length delimited. Does not implicitly {@link deftalk.v1.Receipt.verify|verify} messages.
             * @param message Receipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Receipt & deftalk.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Receipt & deftalk.v1.Receipt.$Shape;

            /**
             * Decodes a Receipt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Receipt & deftalk.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Receipt & deftalk.v1.Receipt.$Shape;

            /**
             * Verifies a Receipt message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Receipt
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Receipt;

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @param m Receipt
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Receipt, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Receipt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Receipt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Receipt {

            /** Properties of a Receipt. */
            interface $Properties {

                /** Receipt type */
                type?: (deftalk.v1.ReceiptType|null);

                /** Receipt envelopes */
                envelopes?: (deftalk.v1.EnvelopeRef.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Receipt. */
            type $Shape = deftalk.v1.Receipt.$Properties;
        }

        /**
         * Properties of a Typing.
         * @deprecated Use deftalk.v1.Typing.$Properties instead.
         */
        interface ITyping extends deftalk.v1.Typing.$Properties {
        }

        /** Represents a Typing. */
        class Typing {

            /**
             * Constructs a new Typing.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Typing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Typing started. */
            started: boolean;

            /**
             * Creates a new Typing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Typing instance
             */
            static create(properties: deftalk.v1.Typing.$Shape): deftalk.v1.Typing & deftalk.v1.Typing.$Shape;
            static create(properties?: deftalk.v1.Typing.$Properties): deftalk.v1.Typing;

            /**
             * Encodes the specified Typing message. Does not implicitly {@link deftalk.v1.Typing.verify|verify} messages.
             * @param m Typing message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Typing.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Typing message, length delimited. Does not implicitly {@link deftalk.v1.Typing.verify|verify} messages.
             * @param message Typing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Typing & deftalk.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Typing & deftalk.v1.Typing.$Shape;

            /**
             * Decodes a Typing message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Typing & deftalk.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Typing & deftalk.v1.Typing.$Shape;

            /**
             * Verifies a Typing message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Typing
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Typing;

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @param m Typing
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Typing, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Typing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Typing
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Typing {

            /** Properties of a Typing. */
            interface $Properties {

                /** Typing started */
                started?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Typing. */
            type $Shape = deftalk.v1.Typing.$Properties;
        }

        /**
         * Properties of a SyncTranscript.
         * @deprecated Use deftalk.v1.SyncTranscript.$Properties instead.
         */
        interface ISyncTranscript extends deftalk.v1.SyncTranscript.$Properties {
        }

        /** Represents a SyncTranscript. */
        class SyncTranscript {

            /**
             * Constructs a new SyncTranscript.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SyncTranscript.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncTranscript recipient. */
            recipient: Uint8Array;

            /** SyncTranscript content. */
            content?: (deftalk.v1.Content.$Properties|null);

            /**
             * Creates a new SyncTranscript instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncTranscript instance
             */
            static create(properties: deftalk.v1.SyncTranscript.$Shape): deftalk.v1.SyncTranscript & deftalk.v1.SyncTranscript.$Shape;
            static create(properties?: deftalk.v1.SyncTranscript.$Properties): deftalk.v1.SyncTranscript;

            /**
             * Encodes the specified SyncTranscript message. Does not implicitly {@link deftalk.v1.SyncTranscript.verify|verify} messages.
             * @param m SyncTranscript message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SyncTranscript.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SyncTranscript message, length delimited. Does not implicitly {@link deftalk.v1.SyncTranscript.verify|verify} messages.
             * @param message SyncTranscript message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SyncTranscript.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncTranscript message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SyncTranscript & deftalk.v1.SyncTranscript.$Shape} SyncTranscript
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SyncTranscript & deftalk.v1.SyncTranscript.$Shape;

            /**
             * Decodes a SyncTranscript message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SyncTranscript & deftalk.v1.SyncTranscript.$Shape} SyncTranscript
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SyncTranscript & deftalk.v1.SyncTranscript.$Shape;

            /**
             * Verifies a SyncTranscript message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncTranscript message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncTranscript
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SyncTranscript;

            /**
             * Creates a plain object from a SyncTranscript message. Also converts values to other types if specified.
             * @param m SyncTranscript
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SyncTranscript, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncTranscript to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncTranscript
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncTranscript {

            /** Properties of a SyncTranscript. */
            interface $Properties {

                /** SyncTranscript recipient */
                recipient?: (Uint8Array|null);

                /** SyncTranscript content */
                content?: (deftalk.v1.Content.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncTranscript. */
            type $Shape = {
              recipient?: Uint8Array|null;
              content?: deftalk.v1.Content.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SenderKeyDistribution.
         * @deprecated Use deftalk.v1.SenderKeyDistribution.$Properties instead.
         */
        interface ISenderKeyDistribution extends deftalk.v1.SenderKeyDistribution.$Properties {
        }

        /** Represents a SenderKeyDistribution. */
        class SenderKeyDistribution {

            /**
             * Constructs a new SenderKeyDistribution.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SenderKeyDistribution.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SenderKeyDistribution groupId. */
            groupId: Uint8Array;

            /** SenderKeyDistribution chainId. */
            chainId: number;

            /** SenderKeyDistribution iteration. */
            iteration: number;

            /** SenderKeyDistribution chainKey. */
            chainKey: Uint8Array;

            /** SenderKeyDistribution signingKey. */
            signingKey: Uint8Array;

            /**
             * Creates a new SenderKeyDistribution instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SenderKeyDistribution instance
             */
            static create(properties: deftalk.v1.SenderKeyDistribution.$Shape): deftalk.v1.SenderKeyDistribution & deftalk.v1.SenderKeyDistribution.$Shape;
            static create(properties?: deftalk.v1.SenderKeyDistribution.$Properties): deftalk.v1.SenderKeyDistribution;

            /**
             * Encodes the specified SenderKeyDistribution message. Does not implicitly {@link deftalk.v1.SenderKeyDistribution.verify|verify} messages.
             * @param m SenderKeyDistribution message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SenderKeyDistribution.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SenderKeyDistribution message, length delimited. Does not implicitly {@link deftalk.v1.SenderKeyDistribution.verify|verify} messages.
             * @param message SenderKeyDistribution message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SenderKeyDistribution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SenderKeyDistribution message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SenderKeyDistribution & deftalk.v1.SenderKeyDistribution.$Shape} SenderKeyDistribution
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SenderKeyDistribution & deftalk.v1.SenderKeyDistribution.$Shape;

            /**
             * Decodes a SenderKeyDistribution message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SenderKeyDistribution & deftalk.v1.SenderKeyDistribution.$Shape} SenderKeyDistribution
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SenderKeyDistribution & deftalk.v1.SenderKeyDistribution.$Shape;

            /**
             * Verifies a SenderKeyDistribution message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SenderKeyDistribution message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SenderKeyDistribution
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SenderKeyDistribution;

            /**
             * Creates a plain object from a SenderKeyDistribution message. Also converts values to other types if specified.
             * @param m SenderKeyDistribution
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SenderKeyDistribution, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SenderKeyDistribution to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SenderKeyDistribution
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SenderKeyDistribution {

            /** Properties of a SenderKeyDistribution. */
            interface $Properties {

                /** SenderKeyDistribution groupId */
                groupId?: (Uint8Array|null);

                /** SenderKeyDistribution chainId */
                chainId?: (number|null);

                /** SenderKeyDistribution iteration */
                iteration?: (number|null);

                /** SenderKeyDistribution chainKey */
                chainKey?: (Uint8Array|null);

                /** SenderKeyDistribution signingKey */
                signingKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SenderKeyDistribution. */
            type $Shape = deftalk.v1.SenderKeyDistribution.$Properties;
        }

        /**
         * Properties of a GroupUpdate.
         * @deprecated Use deftalk.v1.GroupUpdate.$Properties instead.
         */
        interface IGroupUpdate extends deftalk.v1.GroupUpdate.$Properties {
        }

        /** Represents a GroupUpdate. */
        class GroupUpdate {

            /**
             * Constructs a new GroupUpdate.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.GroupUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupUpdate groupId. */
            groupId: Uint8Array;

            /** GroupUpdate version. */
            version: (number|Long);

            /**
             * Creates a new GroupUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupUpdate instance
             */
            static create(properties: deftalk.v1.GroupUpdate.$Shape): deftalk.v1.GroupUpdate & deftalk.v1.GroupUpdate.$Shape;
            static create(properties?: deftalk.v1.GroupUpdate.$Properties): deftalk.v1.GroupUpdate;

            /**
             * Encodes the specified GroupUpdate message. Does not implicitly {@link deftalk.v1.GroupUpdate.verify|verify} messages.
             * @param m GroupUpdate message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.GroupUpdate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupUpdate message, length delimited. Does not implicitly {@link deftalk.v1.GroupUpdate.verify|verify} messages.
             * @param message GroupUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.GroupUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupUpdate message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.GroupUpdate & deftalk.v1.GroupUpdate.$Shape} GroupUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.GroupUpdate & deftalk.v1.GroupUpdate.$Shape;

            /**
             * Decodes a GroupUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.GroupUpdate & deftalk.v1.GroupUpdate.$Shape} GroupUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.GroupUpdate & deftalk.v1.GroupUpdate.$Shape;

            /**
             * Verifies a GroupUpdate message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupUpdate message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GroupUpdate
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.GroupUpdate;

            /**
             * Creates a plain object from a GroupUpdate message. Also converts values to other types if specified.
             * @param m GroupUpdate
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.GroupUpdate, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupUpdate {

            /** Properties of a GroupUpdate. */
            interface $Properties {

                /** GroupUpdate groupId */
                groupId?: (Uint8Array|null);

                /** GroupUpdate version */
                version?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupUpdate. */
            type $Shape = deftalk.v1.GroupUpdate.$Properties;
        }

        /**
         * Properties of a Location.
         * @deprecated Use deftalk.v1.Location.$Properties instead.
         */
        interface ILocation extends deftalk.v1.Location.$Properties {
        }

        /** Represents a Location. */
        class Location {

            /**
             * Constructs a new Location.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Location.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Location latitude. */
            latitude: number;

            /** Location longitude. */
            longitude: number;

            /** Location accuracyM. */
            accuracyM: number;

            /** Location sentAtMs. */
            sentAtMs: (number|Long);

            /**
             * Creates a new Location instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Location instance
             */
            static create(properties: deftalk.v1.Location.$Shape): deftalk.v1.Location & deftalk.v1.Location.$Shape;
            static create(properties?: deftalk.v1.Location.$Properties): deftalk.v1.Location;

            /**
             * Encodes the specified Location message. Does not implicitly {@link deftalk.v1.Location.verify|verify} messages.
             * @param m Location message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Location.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Location message, length delimited. Does not implicitly {@link deftalk.v1.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Location & deftalk.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Location & deftalk.v1.Location.$Shape;

            /**
             * Decodes a Location message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Location & deftalk.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Location & deftalk.v1.Location.$Shape;

            /**
             * Verifies a Location message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Location
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Location;

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @param m Location
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Location, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Location to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Location
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Location {

            /** Properties of a Location. */
            interface $Properties {

                /** Location latitude */
                latitude?: (number|null);

                /** Location longitude */
                longitude?: (number|null);

                /** Location accuracyM */
                accuracyM?: (number|null);

                /** Location sentAtMs */
                sentAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Location. */
            type $Shape = deftalk.v1.Location.$Properties;
        }

        /**
         * Properties of a LiveLocation.
         * @deprecated Use deftalk.v1.LiveLocation.$Properties instead.
         */
        interface ILiveLocation extends deftalk.v1.LiveLocation.$Properties {
        }

        /** Represents a LiveLocation. */
        class LiveLocation {

            /**
             * Constructs a new LiveLocation.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.LiveLocation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LiveLocation shareId. */
            shareId: Uint8Array;

            /** LiveLocation endsAtMs. */
            endsAtMs: (number|Long);

            /** LiveLocation location. */
            location?: (deftalk.v1.Location.$Properties|null);

            /**
             * Creates a new LiveLocation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LiveLocation instance
             */
            static create(properties: deftalk.v1.LiveLocation.$Shape): deftalk.v1.LiveLocation & deftalk.v1.LiveLocation.$Shape;
            static create(properties?: deftalk.v1.LiveLocation.$Properties): deftalk.v1.LiveLocation;

            /**
             * Encodes the specified LiveLocation message. Does not implicitly {@link deftalk.v1.LiveLocation.verify|verify} messages.
             * @param m LiveLocation message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.LiveLocation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LiveLocation message, length delimited. Does not implicitly {@link deftalk.v1.LiveLocation.verify|verify} messages.
             * @param message LiveLocation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.LiveLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LiveLocation message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.LiveLocation & deftalk.v1.LiveLocation.$Shape} LiveLocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.LiveLocation & deftalk.v1.LiveLocation.$Shape;

            /**
             * Decodes a LiveLocation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.LiveLocation & deftalk.v1.LiveLocation.$Shape} LiveLocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.LiveLocation & deftalk.v1.LiveLocation.$Shape;

            /**
             * Verifies a LiveLocation message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a LiveLocation message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LiveLocation
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.LiveLocation;

            /**
             * Creates a plain object from a LiveLocation message. Also converts values to other types if specified.
             * @param m LiveLocation
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.LiveLocation, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LiveLocation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LiveLocation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LiveLocation {

            /** Properties of a LiveLocation. */
            interface $Properties {

                /** LiveLocation shareId */
                shareId?: (Uint8Array|null);

                /** LiveLocation endsAtMs */
                endsAtMs?: (number|Long|null);

                /** LiveLocation location */
                location?: (deftalk.v1.Location.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LiveLocation. */
            type $Shape = deftalk.v1.LiveLocation.$Properties;
        }

        /**
         * Properties of a LiveLocationStop.
         * @deprecated Use deftalk.v1.LiveLocationStop.$Properties instead.
         */
        interface ILiveLocationStop extends deftalk.v1.LiveLocationStop.$Properties {
        }

        /** Represents a LiveLocationStop. */
        class LiveLocationStop {

            /**
             * Constructs a new LiveLocationStop.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.LiveLocationStop.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LiveLocationStop shareId. */
            shareId: Uint8Array;

            /**
             * Creates a new LiveLocationStop instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LiveLocationStop instance
             */
            static create(properties: deftalk.v1.LiveLocationStop.$Shape): deftalk.v1.LiveLocationStop & deftalk.v1.LiveLocationStop.$Shape;
            static create(properties?: deftalk.v1.LiveLocationStop.$Properties): deftalk.v1.LiveLocationStop;

            /**
             * Encodes the specified LiveLocationStop message. Does not implicitly {@link deftalk.v1.LiveLocationStop.verify|verify} messages.
             * @param m LiveLocationStop message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.LiveLocationStop.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LiveLocationStop message, length delimited. Does not implicitly {@link deftalk.v1.LiveLocationStop.verify|verify} messages.
             * @param message LiveLocationStop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.LiveLocationStop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LiveLocationStop message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.LiveLocationStop & deftalk.v1.LiveLocationStop.$Shape} LiveLocationStop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.LiveLocationStop & deftalk.v1.LiveLocationStop.$Shape;

            /**
             * Decodes a LiveLocationStop message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.LiveLocationStop & deftalk.v1.LiveLocationStop.$Shape} LiveLocationStop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.LiveLocationStop & deftalk.v1.LiveLocationStop.$Shape;

            /**
             * Verifies a LiveLocationStop message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a LiveLocationStop message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LiveLocationStop
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.LiveLocationStop;

            /**
             * Creates a plain object from a LiveLocationStop message. Also converts values to other types if specified.
             * @param m LiveLocationStop
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.LiveLocationStop, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LiveLocationStop to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LiveLocationStop
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LiveLocationStop {

            /** Properties of a LiveLocationStop. */
            interface $Properties {

                /** LiveLocationStop shareId */
                shareId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LiveLocationStop. */
            type $Shape = deftalk.v1.LiveLocationStop.$Properties;
        }

        /**
         * Properties of a Content.
         * @deprecated Use deftalk.v1.Content.$Properties instead.
         */
        interface IContent extends deftalk.v1.Content.$Properties {
        }

        /** Represents a Content. */
        class Content {

            /**
             * Constructs a new Content.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Content.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Content text. */
            text?: (deftalk.v1.Text.$Properties|null);

            /** Content receipt. */
            receipt?: (deftalk.v1.Receipt.$Properties|null);

            /** Content typing. */
            typing?: (deftalk.v1.Typing.$Properties|null);

            /** Content sync. */
            sync?: (deftalk.v1.SyncTranscript.$Properties|null);

            /** Content location. */
            location?: (deftalk.v1.Location.$Properties|null);

            /** Content liveLocation. */
            liveLocation?: (deftalk.v1.LiveLocation.$Properties|null);

            /** Content liveLocationStop. */
            liveLocationStop?: (deftalk.v1.LiveLocationStop.$Properties|null);

            /** Content senderKey. */
            senderKey?: (deftalk.v1.SenderKeyDistribution.$Properties|null);

            /** Content groupUpdate. */
            groupUpdate?: (deftalk.v1.GroupUpdate.$Properties|null);

            /** Content body. */
            body?: ("text"|"receipt"|"typing"|"sync"|"location"|"liveLocation"|"liveLocationStop"|"senderKey"|"groupUpdate");

            /**
             * Creates a new Content instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Content instance
             */
            static create(properties: deftalk.v1.Content.$Shape): deftalk.v1.Content & deftalk.v1.Content.$Shape;
            static create(properties?: deftalk.v1.Content.$Properties): deftalk.v1.Content;

            /**
             * Encodes the specified Content message. Does not implicitly {@link deftalk.v1.Content.verify|verify} messages.
             * @param m Content message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Content.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Content message, length delimited. Does not implicitly {@link deftalk.v1.Content.verify|verify} messages.
             * @param message Content message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Content.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Content message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Content & deftalk.v1.Content.$Shape} Content
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Content & deftalk.v1.Content.$Shape;

            /**
             * Decodes a Content message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Content & deftalk.v1.Content.$Shape} Content
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Content & deftalk.v1.Content.$Shape;

            /**
             * Verifies a Content message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Content message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Content
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Content;

            /**
             * Creates a plain object from a Content message. Also converts values to other types if specified.
             * @param m Content
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Content, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Content to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Content
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Content {

            /** Properties of a Content. */
            interface $Properties {

                /** Content text */
                text?: (deftalk.v1.Text.$Properties|null);

                /** Content receipt */
                receipt?: (deftalk.v1.Receipt.$Properties|null);

                /** Content typing */
                typing?: (deftalk.v1.Typing.$Properties|null);

                /** Content sync */
                sync?: (deftalk.v1.SyncTranscript.$Properties|null);

                /** Content location */
                location?: (deftalk.v1.Location.$Properties|null);

                /** Content liveLocation */
                liveLocation?: (deftalk.v1.LiveLocation.$Properties|null);

                /** Content liveLocationStop */
                liveLocationStop?: (deftalk.v1.LiveLocationStop.$Properties|null);

                /** Content senderKey */
                senderKey?: (deftalk.v1.SenderKeyDistribution.$Properties|null);

                /** Content groupUpdate */
                groupUpdate?: (deftalk.v1.GroupUpdate.$Properties|null);

                /** Content body */
                body?: ("text"|"receipt"|"typing"|"sync"|"location"|"liveLocation"|"liveLocationStop"|"senderKey"|"groupUpdate");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Content. */
            type $Shape = {
              text?: deftalk.v1.Text.$Shape|null;
              receipt?: deftalk.v1.Receipt.$Shape|null;
              typing?: deftalk.v1.Typing.$Shape|null;
              sync?: deftalk.v1.SyncTranscript.$Shape|null;
              location?: deftalk.v1.Location.$Shape|null;
              liveLocation?: deftalk.v1.LiveLocation.$Shape|null;
              liveLocationStop?: deftalk.v1.LiveLocationStop.$Shape|null;
              senderKey?: deftalk.v1.SenderKeyDistribution.$Shape|null;
              groupUpdate?: deftalk.v1.GroupUpdate.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; text?: null; receipt?: null; typing?: null; sync?: null; location?: null; liveLocation?: null; liveLocationStop?: null; senderKey?: null; groupUpdate?: null }|{ body?: "text"; text: deftalk.v1.Text.$Shape; receipt?: null; typing?: null; sync?: null; location?: null; liveLocation?: null; liveLocationStop?: null; senderKey?: null; groupUpdate?: null }|{ body?: "receipt"; text?: null; receipt: deftalk.v1.Receipt.$Shape; typing?: null; sync?: null; location?: null; liveLocation?: null; liveLocationStop?: null; senderKey?: null; groupUpdate?: null }|{ body?: "typing"; text?: null; receipt?: null; typing: deftalk.v1.Typing.$Shape; sync?: null; location?: null; liveLocation?: null; liveLocationStop?: null; senderKey?: null; groupUpdate?: null }|{ body?: "sync"; text?: null; receipt?: null; typing?: null; sync: deftalk.v1.SyncTranscript.$Shape; location?: null; liveLocation?: null; liveLocationStop?: null; senderKey?: null; groupUpdate?: null }|{ body?: "location"; text?: null; receipt?: null; typing?: null; sync?: null; location: deftalk.v1.Location.$Shape; liveLocation?: null; liveLocationStop?: null; senderKey?: null; groupUpdate?: null }|{ body?: "liveLocation"; text?: null; receipt?: null; typing?: null; sync?: null; location?: null; liveLocation: deftalk.v1.LiveLocation.$Shape; liveLocationStop?: null; senderKey?: null; groupUpdate?: null }|{ body?: "liveLocationStop"; text?: null; receipt?: null; typing?: null; sync?: null; location?: null; liveLocation?: null; liveLocationStop: deftalk.v1.LiveLocationStop.$Shape; senderKey?: null; groupUpdate?: null }|{ body?: "senderKey"; text?: null; receipt?: null; typing?: null; sync?: null; location?: null; liveLocation?: null; liveLocationStop?: null; senderKey: deftalk.v1.SenderKeyDistribution.$Shape; groupUpdate?: null }|{ body?: "groupUpdate"; text?: null; receipt?: null; typing?: null; sync?: null; location?: null; liveLocation?: null; liveLocationStop?: null; senderKey?: null; groupUpdate: deftalk.v1.GroupUpdate.$Shape })
            );
        }

        /**
         * Properties of a DeliveryAddress.
         * @deprecated Use deftalk.v1.DeliveryAddress.$Properties instead.
         */
        interface IDeliveryAddress extends deftalk.v1.DeliveryAddress.$Properties {
        }

        /** Represents a DeliveryAddress. */
        class DeliveryAddress {

            /**
             * Constructs a new DeliveryAddress.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DeliveryAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeliveryAddress accountId. */
            accountId: Uint8Array;

            /** DeliveryAddress deviceId. */
            deviceId: number;

            /**
             * Creates a new DeliveryAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeliveryAddress instance
             */
            static create(properties: deftalk.v1.DeliveryAddress.$Shape): deftalk.v1.DeliveryAddress & deftalk.v1.DeliveryAddress.$Shape;
            static create(properties?: deftalk.v1.DeliveryAddress.$Properties): deftalk.v1.DeliveryAddress;

            /**
             * Encodes the specified DeliveryAddress message. Does not implicitly {@link deftalk.v1.DeliveryAddress.verify|verify} messages.
             * @param m DeliveryAddress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DeliveryAddress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeliveryAddress message, length delimited. Does not implicitly {@link deftalk.v1.DeliveryAddress.verify|verify} messages.
             * @param message DeliveryAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DeliveryAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeliveryAddress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DeliveryAddress & deftalk.v1.DeliveryAddress.$Shape} DeliveryAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DeliveryAddress & deftalk.v1.DeliveryAddress.$Shape;

            /**
             * Decodes a DeliveryAddress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeliveryAddress & deftalk.v1.DeliveryAddress.$Shape} DeliveryAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DeliveryAddress & deftalk.v1.DeliveryAddress.$Shape;

            /**
             * Verifies a DeliveryAddress message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeliveryAddress message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeliveryAddress
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DeliveryAddress;

            /**
             * Creates a plain object from a DeliveryAddress message. Also converts values to other types if specified.
             * @param m DeliveryAddress
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DeliveryAddress, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeliveryAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeliveryAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeliveryAddress {

            /** Properties of a DeliveryAddress. */
            interface $Properties {

                /** DeliveryAddress accountId */
                accountId?: (Uint8Array|null);

                /** DeliveryAddress deviceId */
                deviceId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeliveryAddress. */
            type $Shape = deftalk.v1.DeliveryAddress.$Properties;
        }

        /**
         * Properties of a DeviceCopy.
         * @deprecated Use deftalk.v1.DeviceCopy.$Properties instead.
         */
        interface IDeviceCopy extends deftalk.v1.DeviceCopy.$Properties {
        }

        /** Represents a DeviceCopy. */
        class DeviceCopy {

            /**
             * Constructs a new DeviceCopy.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DeviceCopy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceCopy device. */
            device?: (deftalk.v1.DeliveryAddress.$Properties|null);

            /** DeviceCopy ciphertext. */
            ciphertext: Uint8Array;

            /**
             * Creates a new DeviceCopy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceCopy instance
             */
            static create(properties: deftalk.v1.DeviceCopy.$Shape): deftalk.v1.DeviceCopy & deftalk.v1.DeviceCopy.$Shape;
            static create(properties?: deftalk.v1.DeviceCopy.$Properties): deftalk.v1.DeviceCopy;

            /**
             * Encodes the specified DeviceCopy message. Does not implicitly {@link deftalk.v1.DeviceCopy.verify|verify} messages.
             * @param m DeviceCopy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DeviceCopy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceCopy message, length delimited. Does not implicitly {@link deftalk.v1.DeviceCopy.verify|verify} messages.
             * @param message DeviceCopy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DeviceCopy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceCopy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceCopy & deftalk.v1.DeviceCopy.$Shape} DeviceCopy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DeviceCopy & deftalk.v1.DeviceCopy.$Shape;

            /**
             * Decodes a DeviceCopy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceCopy & deftalk.v1.DeviceCopy.$Shape} DeviceCopy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DeviceCopy & deftalk.v1.DeviceCopy.$Shape;

            /**
             * Verifies a DeviceCopy message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceCopy message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceCopy
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DeviceCopy;

            /**
             * Creates a plain object from a DeviceCopy message. Also converts values to other types if specified.
             * @param m DeviceCopy
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DeviceCopy, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceCopy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceCopy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceCopy {

            /** Properties of a DeviceCopy. */
            interface $Properties {

                /** DeviceCopy device */
                device?: (deftalk.v1.DeliveryAddress.$Properties|null);

                /** DeviceCopy ciphertext */
                ciphertext?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceCopy. */
            type $Shape = deftalk.v1.DeviceCopy.$Properties;
        }

        /**
         * Properties of a Send.
         * @deprecated Use deftalk.v1.Send.$Properties instead.
         */
        interface ISend extends deftalk.v1.Send.$Properties {
        }

        /** Represents a Send. */
        class Send {

            /**
             * Constructs a new Send.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Send.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Send sequence. */
            sequence: (number|Long);

            /** Send destinationAccount. */
            destinationAccount: Uint8Array;

            /** Send copies. */
            copies: deftalk.v1.DeviceCopy.$Properties[];

            /** Send transient. */
            transient: boolean;

            /**
             * Creates a new Send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Send instance
             */
            static create(properties: deftalk.v1.Send.$Shape): deftalk.v1.Send & deftalk.v1.Send.$Shape;
            static create(properties?: deftalk.v1.Send.$Properties): deftalk.v1.Send;

            /**
             * Encodes the specified Send message. Does not implicitly {@link deftalk.v1.Send.verify|verify} messages.
             * @param m Send message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Send.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Send message, length delimited. Does not implicitly {@link deftalk.v1.Send.verify|verify} messages.
             * @param message Send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Send.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Send message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Send & deftalk.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Send & deftalk.v1.Send.$Shape;

            /**
             * Decodes a Send message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Send & deftalk.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Send & deftalk.v1.Send.$Shape;

            /**
             * Verifies a Send message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Send message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Send
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Send;

            /**
             * Creates a plain object from a Send message. Also converts values to other types if specified.
             * @param m Send
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Send, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Send to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Send
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Send {

            /** Properties of a Send. */
            interface $Properties {

                /** Send sequence */
                sequence?: (number|Long|null);

                /** Send destinationAccount */
                destinationAccount?: (Uint8Array|null);

                /** Send copies */
                copies?: (deftalk.v1.DeviceCopy.$Properties[]|null);

                /** Send transient */
                transient?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Send. */
            type $Shape = deftalk.v1.Send.$Properties;
        }

        /**
         * Properties of a SendBatch.
         * @deprecated Use deftalk.v1.SendBatch.$Properties instead.
         */
        interface ISendBatch extends deftalk.v1.SendBatch.$Properties {
        }

        /** Represents a SendBatch. */
        class SendBatch {

            /**
             * Constructs a new SendBatch.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SendBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendBatch sends. */
            sends: deftalk.v1.Send.$Properties[];

            /**
             * Creates a new SendBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendBatch instance
             */
            static create(properties: deftalk.v1.SendBatch.$Shape): deftalk.v1.SendBatch & deftalk.v1.SendBatch.$Shape;
            static create(properties?: deftalk.v1.SendBatch.$Properties): deftalk.v1.SendBatch;

            /**
             * Encodes the specified SendBatch message. Does not implicitly {@link deftalk.v1.SendBatch.verify|verify} messages.
             * @param m SendBatch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SendBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendBatch message, length delimited. Does not implicitly {@link deftalk.v1.SendBatch.verify|verify} messages.
             * @param message SendBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SendBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendBatch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SendBatch & deftalk.v1.SendBatch.$Shape} SendBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SendBatch & deftalk.v1.SendBatch.$Shape;

            /**
             * Decodes a SendBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SendBatch & deftalk.v1.SendBatch.$Shape} SendBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SendBatch & deftalk.v1.SendBatch.$Shape;

            /**
             * Verifies a SendBatch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SendBatch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SendBatch
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SendBatch;

            /**
             * Creates a plain object from a SendBatch message. Also converts values to other types if specified.
             * @param m SendBatch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SendBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendBatch {

            /** Properties of a SendBatch. */
            interface $Properties {

                /** SendBatch sends */
                sends?: (deftalk.v1.Send.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendBatch. */
            type $Shape = deftalk.v1.SendBatch.$Properties;
        }

        /**
         * Properties of a DeviceMismatch.
         * @deprecated Use deftalk.v1.DeviceMismatch.$Properties instead.
         */
        interface IDeviceMismatch extends deftalk.v1.DeviceMismatch.$Properties {
        }

        /** Represents a DeviceMismatch. */
        class DeviceMismatch {

            /**
             * Constructs a new DeviceMismatch.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DeviceMismatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceMismatch missing. */
            missing: deftalk.v1.DeliveryAddress.$Properties[];

            /** DeviceMismatch extra. */
            extra: deftalk.v1.DeliveryAddress.$Properties[];

            /** DeviceMismatch stale. */
            stale: deftalk.v1.DeliveryAddress.$Properties[];

            /**
             * Creates a new DeviceMismatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceMismatch instance
             */
            static create(properties: deftalk.v1.DeviceMismatch.$Shape): deftalk.v1.DeviceMismatch & deftalk.v1.DeviceMismatch.$Shape;
            static create(properties?: deftalk.v1.DeviceMismatch.$Properties): deftalk.v1.DeviceMismatch;

            /**
             * Encodes the specified DeviceMismatch message. Does not implicitly {@link deftalk.v1.DeviceMismatch.verify|verify} messages.
             * @param m DeviceMismatch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DeviceMismatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceMismatch message, length delimited. Does not implicitly {@link deftalk.v1.DeviceMismatch.verify|verify} messages.
             * @param message DeviceMismatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DeviceMismatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceMismatch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DeviceMismatch & deftalk.v1.DeviceMismatch.$Shape} DeviceMismatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DeviceMismatch & deftalk.v1.DeviceMismatch.$Shape;

            /**
             * Decodes a DeviceMismatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DeviceMismatch & deftalk.v1.DeviceMismatch.$Shape} DeviceMismatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DeviceMismatch & deftalk.v1.DeviceMismatch.$Shape;

            /**
             * Verifies a DeviceMismatch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceMismatch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceMismatch
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DeviceMismatch;

            /**
             * Creates a plain object from a DeviceMismatch message. Also converts values to other types if specified.
             * @param m DeviceMismatch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DeviceMismatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceMismatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceMismatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceMismatch {

            /** Properties of a DeviceMismatch. */
            interface $Properties {

                /** DeviceMismatch missing */
                missing?: (deftalk.v1.DeliveryAddress.$Properties[]|null);

                /** DeviceMismatch extra */
                extra?: (deftalk.v1.DeliveryAddress.$Properties[]|null);

                /** DeviceMismatch stale */
                stale?: (deftalk.v1.DeliveryAddress.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceMismatch. */
            type $Shape = deftalk.v1.DeviceMismatch.$Properties;
        }

        /**
         * Properties of a SendResult.
         * @deprecated Use deftalk.v1.SendResult.$Properties instead.
         */
        interface ISendResult extends deftalk.v1.SendResult.$Properties {
        }

        /** Represents a SendResult. */
        class SendResult {

            /**
             * Constructs a new SendResult.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SendResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendResult sequence. */
            sequence: (number|Long);

            /** SendResult error. */
            error?: (deftalk.v1.Error.$Properties|null);

            /** SendResult mismatch. */
            mismatch?: (deftalk.v1.DeviceMismatch.$Properties|null);

            /** SendResult duplicate. */
            duplicate: boolean;

            /** SendResult deliveredTo. */
            deliveredTo: deftalk.v1.DeliveryAddress.$Properties[];

            /** SendResult expectedSequence. */
            expectedSequence: (number|Long);

            /** SendResult transient. */
            transient: boolean;

            /**
             * Creates a new SendResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendResult instance
             */
            static create(properties: deftalk.v1.SendResult.$Shape): deftalk.v1.SendResult & deftalk.v1.SendResult.$Shape;
            static create(properties?: deftalk.v1.SendResult.$Properties): deftalk.v1.SendResult;

            /**
             * Encodes the specified SendResult message. Does not implicitly {@link deftalk.v1.SendResult.verify|verify} messages.
             * @param m SendResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SendResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendResult message, length delimited. Does not implicitly {@link deftalk.v1.SendResult.verify|verify} messages.
             * @param message SendResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SendResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SendResult & deftalk.v1.SendResult.$Shape} SendResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SendResult & deftalk.v1.SendResult.$Shape;

            /**
             * Decodes a SendResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SendResult & deftalk.v1.SendResult.$Shape} SendResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SendResult & deftalk.v1.SendResult.$Shape;

            /**
             * Verifies a SendResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SendResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SendResult
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SendResult;

            /**
             * Creates a plain object from a SendResult message. Also converts values to other types if specified.
             * @param m SendResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SendResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendResult {

            /** Properties of a SendResult. */
            interface $Properties {

                /** SendResult sequence */
                sequence?: (number|Long|null);

                /** SendResult error */
                error?: (deftalk.v1.Error.$Properties|null);

                /** SendResult mismatch */
                mismatch?: (deftalk.v1.DeviceMismatch.$Properties|null);

                /** SendResult duplicate */
                duplicate?: (boolean|null);

                /** SendResult deliveredTo */
                deliveredTo?: (deftalk.v1.DeliveryAddress.$Properties[]|null);

                /** SendResult expectedSequence */
                expectedSequence?: (number|Long|null);

                /** SendResult transient */
                transient?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendResult. */
            type $Shape = deftalk.v1.SendResult.$Properties;
        }

        /**
         * Properties of a SendBatchResult.
         * @deprecated Use deftalk.v1.SendBatchResult.$Properties instead.
         */
        interface ISendBatchResult extends deftalk.v1.SendBatchResult.$Properties {
        }

        /** Represents a SendBatchResult. */
        class SendBatchResult {

            /**
             * Constructs a new SendBatchResult.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SendBatchResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendBatchResult results. */
            results: deftalk.v1.SendResult.$Properties[];

            /**
             * Creates a new SendBatchResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendBatchResult instance
             */
            static create(properties: deftalk.v1.SendBatchResult.$Shape): deftalk.v1.SendBatchResult & deftalk.v1.SendBatchResult.$Shape;
            static create(properties?: deftalk.v1.SendBatchResult.$Properties): deftalk.v1.SendBatchResult;

            /**
             * Encodes the specified SendBatchResult message. Does not implicitly {@link deftalk.v1.SendBatchResult.verify|verify} messages.
             * @param m SendBatchResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SendBatchResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendBatchResult message, length delimited. Does not implicitly {@link deftalk.v1.SendBatchResult.verify|verify} messages.
             * @param message SendBatchResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SendBatchResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendBatchResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SendBatchResult & deftalk.v1.SendBatchResult.$Shape} SendBatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SendBatchResult & deftalk.v1.SendBatchResult.$Shape;

            /**
             * Decodes a SendBatchResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SendBatchResult & deftalk.v1.SendBatchResult.$Shape} SendBatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SendBatchResult & deftalk.v1.SendBatchResult.$Shape;

            /**
             * Verifies a SendBatchResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SendBatchResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SendBatchResult
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SendBatchResult;

            /**
             * Creates a plain object from a SendBatchResult message. Also converts values to other types if specified.
             * @param m SendBatchResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SendBatchResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendBatchResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendBatchResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendBatchResult {

            /** Properties of a SendBatchResult. */
            interface $Properties {

                /** SendBatchResult results */
                results?: (deftalk.v1.SendResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendBatchResult. */
            type $Shape = deftalk.v1.SendBatchResult.$Properties;
        }

        /**
         * Properties of a SenderState.
         * @deprecated Use deftalk.v1.SenderState.$Properties instead.
         */
        interface ISenderState extends deftalk.v1.SenderState.$Properties {
        }

        /** Represents a SenderState. */
        class SenderState {

            /**
             * Constructs a new SenderState.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SenderState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SenderState lastAccepted. */
            lastAccepted: (number|Long);

            /**
             * Creates a new SenderState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SenderState instance
             */
            static create(properties: deftalk.v1.SenderState.$Shape): deftalk.v1.SenderState & deftalk.v1.SenderState.$Shape;
            static create(properties?: deftalk.v1.SenderState.$Properties): deftalk.v1.SenderState;

            /**
             * Encodes the specified SenderState message. Does not implicitly {@link deftalk.v1.SenderState.verify|verify} messages.
             * @param m SenderState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SenderState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SenderState message, length delimited. Does not implicitly {@link deftalk.v1.SenderState.verify|verify} messages.
             * @param message SenderState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SenderState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SenderState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SenderState & deftalk.v1.SenderState.$Shape} SenderState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SenderState & deftalk.v1.SenderState.$Shape;

            /**
             * Decodes a SenderState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SenderState & deftalk.v1.SenderState.$Shape} SenderState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SenderState & deftalk.v1.SenderState.$Shape;

            /**
             * Verifies a SenderState message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SenderState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SenderState
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SenderState;

            /**
             * Creates a plain object from a SenderState message. Also converts values to other types if specified.
             * @param m SenderState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SenderState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SenderState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SenderState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SenderState {

            /** Properties of a SenderState. */
            interface $Properties {

                /** SenderState lastAccepted */
                lastAccepted?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SenderState. */
            type $Shape = deftalk.v1.SenderState.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use deftalk.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends deftalk.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope senderAccount. */
            senderAccount: Uint8Array;

            /** Envelope senderDevice. */
            senderDevice: number;

            /** Envelope sequence. */
            sequence: (number|Long);

            /** Envelope destinationAccount. */
            destinationAccount: Uint8Array;

            /** Envelope acceptedAtMs. */
            acceptedAtMs: (number|Long);

            /** Envelope transient. */
            transient: boolean;

            /** Envelope ciphertext. */
            ciphertext: Uint8Array;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: deftalk.v1.Envelope.$Shape): deftalk.v1.Envelope & deftalk.v1.Envelope.$Shape;
            static create(properties?: deftalk.v1.Envelope.$Properties): deftalk.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link deftalk.v1.Envelope.verify|verify} messages.
             * @param m Envelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link deftalk.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Envelope & deftalk.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Envelope & deftalk.v1.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Envelope & deftalk.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Envelope & deftalk.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Envelope
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param m Envelope
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope senderAccount */
                senderAccount?: (Uint8Array|null);

                /** Envelope senderDevice */
                senderDevice?: (number|null);

                /** Envelope sequence */
                sequence?: (number|Long|null);

                /** Envelope destinationAccount */
                destinationAccount?: (Uint8Array|null);

                /** Envelope acceptedAtMs */
                acceptedAtMs?: (number|Long|null);

                /** Envelope transient */
                transient?: (boolean|null);

                /** Envelope ciphertext */
                ciphertext?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = deftalk.v1.Envelope.$Properties;
        }

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

        /**
         * Properties of a DiscoveryEvaluateRequest.
         * @deprecated Use deftalk.v1.DiscoveryEvaluateRequest.$Properties instead.
         */
        interface IDiscoveryEvaluateRequest extends deftalk.v1.DiscoveryEvaluateRequest.$Properties {
        }

        /** Represents a DiscoveryEvaluateRequest. */
        class DiscoveryEvaluateRequest {

            /**
             * Constructs a new DiscoveryEvaluateRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DiscoveryEvaluateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiscoveryEvaluateRequest blindedElements. */
            blindedElements: Uint8Array[];

            /**
             * Creates a new DiscoveryEvaluateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiscoveryEvaluateRequest instance
             */
            static create(properties: deftalk.v1.DiscoveryEvaluateRequest.$Shape): deftalk.v1.DiscoveryEvaluateRequest & deftalk.v1.DiscoveryEvaluateRequest.$Shape;
            static create(properties?: deftalk.v1.DiscoveryEvaluateRequest.$Properties): deftalk.v1.DiscoveryEvaluateRequest;

            /**
             * Encodes the specified DiscoveryEvaluateRequest message. Does not implicitly {@link deftalk.v1.DiscoveryEvaluateRequest.verify|verify} messages.
             * @param m DiscoveryEvaluateRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DiscoveryEvaluateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DiscoveryEvaluateRequest message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryEvaluateRequest.verify|verify} messages.
             * @param message DiscoveryEvaluateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DiscoveryEvaluateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiscoveryEvaluateRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryEvaluateRequest & deftalk.v1.DiscoveryEvaluateRequest.$Shape} DiscoveryEvaluateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DiscoveryEvaluateRequest & deftalk.v1.DiscoveryEvaluateRequest.$Shape;

            /**
             * Decodes a DiscoveryEvaluateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryEvaluateRequest & deftalk.v1.DiscoveryEvaluateRequest.$Shape} DiscoveryEvaluateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DiscoveryEvaluateRequest & deftalk.v1.DiscoveryEvaluateRequest.$Shape;

            /**
             * Verifies a DiscoveryEvaluateRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DiscoveryEvaluateRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DiscoveryEvaluateRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DiscoveryEvaluateRequest;

            /**
             * Creates a plain object from a DiscoveryEvaluateRequest message. Also converts values to other types if specified.
             * @param m DiscoveryEvaluateRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DiscoveryEvaluateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiscoveryEvaluateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiscoveryEvaluateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiscoveryEvaluateRequest {

            /** Properties of a DiscoveryEvaluateRequest. */
            interface $Properties {

                /** DiscoveryEvaluateRequest blindedElements */
                blindedElements?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiscoveryEvaluateRequest. */
            type $Shape = deftalk.v1.DiscoveryEvaluateRequest.$Properties;
        }

        /**
         * Properties of a DiscoveryEvaluateResponse.
         * @deprecated Use deftalk.v1.DiscoveryEvaluateResponse.$Properties instead.
         */
        interface IDiscoveryEvaluateResponse extends deftalk.v1.DiscoveryEvaluateResponse.$Properties {
        }

        /** Represents a DiscoveryEvaluateResponse. */
        class DiscoveryEvaluateResponse {

            /**
             * Constructs a new DiscoveryEvaluateResponse.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DiscoveryEvaluateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiscoveryEvaluateResponse evaluatedElements. */
            evaluatedElements: Uint8Array[];

            /**
             * Creates a new DiscoveryEvaluateResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiscoveryEvaluateResponse instance
             */
            static create(properties: deftalk.v1.DiscoveryEvaluateResponse.$Shape): deftalk.v1.DiscoveryEvaluateResponse & deftalk.v1.DiscoveryEvaluateResponse.$Shape;
            static create(properties?: deftalk.v1.DiscoveryEvaluateResponse.$Properties): deftalk.v1.DiscoveryEvaluateResponse;

            /**
             * Encodes the specified DiscoveryEvaluateResponse message. Does not implicitly {@link deftalk.v1.DiscoveryEvaluateResponse.verify|verify} messages.
             * @param m DiscoveryEvaluateResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DiscoveryEvaluateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DiscoveryEvaluateResponse message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryEvaluateResponse.verify|verify} messages.
             * @param message DiscoveryEvaluateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DiscoveryEvaluateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiscoveryEvaluateResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryEvaluateResponse & deftalk.v1.DiscoveryEvaluateResponse.$Shape} DiscoveryEvaluateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DiscoveryEvaluateResponse & deftalk.v1.DiscoveryEvaluateResponse.$Shape;

            /**
             * Decodes a DiscoveryEvaluateResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryEvaluateResponse & deftalk.v1.DiscoveryEvaluateResponse.$Shape} DiscoveryEvaluateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DiscoveryEvaluateResponse & deftalk.v1.DiscoveryEvaluateResponse.$Shape;

            /**
             * Verifies a DiscoveryEvaluateResponse message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DiscoveryEvaluateResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DiscoveryEvaluateResponse
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DiscoveryEvaluateResponse;

            /**
             * Creates a plain object from a DiscoveryEvaluateResponse message. Also converts values to other types if specified.
             * @param m DiscoveryEvaluateResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DiscoveryEvaluateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiscoveryEvaluateResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiscoveryEvaluateResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiscoveryEvaluateResponse {

            /** Properties of a DiscoveryEvaluateResponse. */
            interface $Properties {

                /** DiscoveryEvaluateResponse evaluatedElements */
                evaluatedElements?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiscoveryEvaluateResponse. */
            type $Shape = deftalk.v1.DiscoveryEvaluateResponse.$Properties;
        }

        /**
         * Properties of a DiscoveryLookupRequest.
         * @deprecated Use deftalk.v1.DiscoveryLookupRequest.$Properties instead.
         */
        interface IDiscoveryLookupRequest extends deftalk.v1.DiscoveryLookupRequest.$Properties {
        }

        /** Represents a DiscoveryLookupRequest. */
        class DiscoveryLookupRequest {

            /**
             * Constructs a new DiscoveryLookupRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DiscoveryLookupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiscoveryLookupRequest outputs. */
            outputs: Uint8Array[];

            /**
             * Creates a new DiscoveryLookupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiscoveryLookupRequest instance
             */
            static create(properties: deftalk.v1.DiscoveryLookupRequest.$Shape): deftalk.v1.DiscoveryLookupRequest & deftalk.v1.DiscoveryLookupRequest.$Shape;
            static create(properties?: deftalk.v1.DiscoveryLookupRequest.$Properties): deftalk.v1.DiscoveryLookupRequest;

            /**
             * Encodes the specified DiscoveryLookupRequest message. Does not implicitly {@link deftalk.v1.DiscoveryLookupRequest.verify|verify} messages.
             * @param m DiscoveryLookupRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DiscoveryLookupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DiscoveryLookupRequest message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryLookupRequest.verify|verify} messages.
             * @param message DiscoveryLookupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DiscoveryLookupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiscoveryLookupRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryLookupRequest & deftalk.v1.DiscoveryLookupRequest.$Shape} DiscoveryLookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DiscoveryLookupRequest & deftalk.v1.DiscoveryLookupRequest.$Shape;

            /**
             * Decodes a DiscoveryLookupRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryLookupRequest & deftalk.v1.DiscoveryLookupRequest.$Shape} DiscoveryLookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DiscoveryLookupRequest & deftalk.v1.DiscoveryLookupRequest.$Shape;

            /**
             * Verifies a DiscoveryLookupRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DiscoveryLookupRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DiscoveryLookupRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DiscoveryLookupRequest;

            /**
             * Creates a plain object from a DiscoveryLookupRequest message. Also converts values to other types if specified.
             * @param m DiscoveryLookupRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DiscoveryLookupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiscoveryLookupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiscoveryLookupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiscoveryLookupRequest {

            /** Properties of a DiscoveryLookupRequest. */
            interface $Properties {

                /** DiscoveryLookupRequest outputs */
                outputs?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiscoveryLookupRequest. */
            type $Shape = deftalk.v1.DiscoveryLookupRequest.$Properties;
        }

        /**
         * Properties of a DiscoveryMatch.
         * @deprecated Use deftalk.v1.DiscoveryMatch.$Properties instead.
         */
        interface IDiscoveryMatch extends deftalk.v1.DiscoveryMatch.$Properties {
        }

        /** Represents a DiscoveryMatch. */
        class DiscoveryMatch {

            /**
             * Constructs a new DiscoveryMatch.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DiscoveryMatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiscoveryMatch index. */
            index: number;

            /** DiscoveryMatch accountId. */
            accountId: Uint8Array;

            /** DiscoveryMatch contactCredential. */
            contactCredential: Uint8Array;

            /**
             * Creates a new DiscoveryMatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiscoveryMatch instance
             */
            static create(properties: deftalk.v1.DiscoveryMatch.$Shape): deftalk.v1.DiscoveryMatch & deftalk.v1.DiscoveryMatch.$Shape;
            static create(properties?: deftalk.v1.DiscoveryMatch.$Properties): deftalk.v1.DiscoveryMatch;

            /**
             * Encodes the specified DiscoveryMatch message. Does not implicitly {@link deftalk.v1.DiscoveryMatch.verify|verify} messages.
             * @param m DiscoveryMatch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DiscoveryMatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DiscoveryMatch message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryMatch.verify|verify} messages.
             * @param message DiscoveryMatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DiscoveryMatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiscoveryMatch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryMatch & deftalk.v1.DiscoveryMatch.$Shape} DiscoveryMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DiscoveryMatch & deftalk.v1.DiscoveryMatch.$Shape;

            /**
             * Decodes a DiscoveryMatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryMatch & deftalk.v1.DiscoveryMatch.$Shape} DiscoveryMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DiscoveryMatch & deftalk.v1.DiscoveryMatch.$Shape;

            /**
             * Verifies a DiscoveryMatch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DiscoveryMatch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DiscoveryMatch
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DiscoveryMatch;

            /**
             * Creates a plain object from a DiscoveryMatch message. Also converts values to other types if specified.
             * @param m DiscoveryMatch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DiscoveryMatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiscoveryMatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiscoveryMatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiscoveryMatch {

            /** Properties of a DiscoveryMatch. */
            interface $Properties {

                /** DiscoveryMatch index */
                index?: (number|null);

                /** DiscoveryMatch accountId */
                accountId?: (Uint8Array|null);

                /** DiscoveryMatch contactCredential */
                contactCredential?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiscoveryMatch. */
            type $Shape = deftalk.v1.DiscoveryMatch.$Properties;
        }

        /**
         * Properties of a ContactCredential.
         * @deprecated Use deftalk.v1.ContactCredential.$Properties instead.
         */
        interface IContactCredential extends deftalk.v1.ContactCredential.$Properties {
        }

        /** Represents a ContactCredential. */
        class ContactCredential {

            /**
             * Constructs a new ContactCredential.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ContactCredential.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContactCredential viewerAccountId. */
            viewerAccountId: Uint8Array;

            /** ContactCredential ownerAccountId. */
            ownerAccountId: Uint8Array;

            /** ContactCredential numberEpoch. */
            numberEpoch: number;

            /** ContactCredential expiresAtMs. */
            expiresAtMs: (number|Long);

            /** ContactCredential mac. */
            mac: Uint8Array;

            /**
             * Creates a new ContactCredential instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContactCredential instance
             */
            static create(properties: deftalk.v1.ContactCredential.$Shape): deftalk.v1.ContactCredential & deftalk.v1.ContactCredential.$Shape;
            static create(properties?: deftalk.v1.ContactCredential.$Properties): deftalk.v1.ContactCredential;

            /**
             * Encodes the specified ContactCredential message. Does not implicitly {@link deftalk.v1.ContactCredential.verify|verify} messages.
             * @param m ContactCredential message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ContactCredential.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ContactCredential message, length delimited. Does not implicitly {@link deftalk.v1.ContactCredential.verify|verify} messages.
             * @param message ContactCredential message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ContactCredential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContactCredential message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ContactCredential & deftalk.v1.ContactCredential.$Shape} ContactCredential
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ContactCredential & deftalk.v1.ContactCredential.$Shape;

            /**
             * Decodes a ContactCredential message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ContactCredential & deftalk.v1.ContactCredential.$Shape} ContactCredential
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ContactCredential & deftalk.v1.ContactCredential.$Shape;

            /**
             * Verifies a ContactCredential message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ContactCredential message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ContactCredential
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ContactCredential;

            /**
             * Creates a plain object from a ContactCredential message. Also converts values to other types if specified.
             * @param m ContactCredential
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ContactCredential, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContactCredential to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ContactCredential
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContactCredential {

            /** Properties of a ContactCredential. */
            interface $Properties {

                /** ContactCredential viewerAccountId */
                viewerAccountId?: (Uint8Array|null);

                /** ContactCredential ownerAccountId */
                ownerAccountId?: (Uint8Array|null);

                /** ContactCredential numberEpoch */
                numberEpoch?: (number|null);

                /** ContactCredential expiresAtMs */
                expiresAtMs?: (number|Long|null);

                /** ContactCredential mac */
                mac?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContactCredential. */
            type $Shape = deftalk.v1.ContactCredential.$Properties;
        }

        /**
         * Properties of a DiscoveryLookupResponse.
         * @deprecated Use deftalk.v1.DiscoveryLookupResponse.$Properties instead.
         */
        interface IDiscoveryLookupResponse extends deftalk.v1.DiscoveryLookupResponse.$Properties {
        }

        /** Represents a DiscoveryLookupResponse. */
        class DiscoveryLookupResponse {

            /**
             * Constructs a new DiscoveryLookupResponse.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.DiscoveryLookupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiscoveryLookupResponse matches. */
            matches: deftalk.v1.DiscoveryMatch.$Properties[];

            /**
             * Creates a new DiscoveryLookupResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiscoveryLookupResponse instance
             */
            static create(properties: deftalk.v1.DiscoveryLookupResponse.$Shape): deftalk.v1.DiscoveryLookupResponse & deftalk.v1.DiscoveryLookupResponse.$Shape;
            static create(properties?: deftalk.v1.DiscoveryLookupResponse.$Properties): deftalk.v1.DiscoveryLookupResponse;

            /**
             * Encodes the specified DiscoveryLookupResponse message. Does not implicitly {@link deftalk.v1.DiscoveryLookupResponse.verify|verify} messages.
             * @param m DiscoveryLookupResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.DiscoveryLookupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DiscoveryLookupResponse message, length delimited. Does not implicitly {@link deftalk.v1.DiscoveryLookupResponse.verify|verify} messages.
             * @param message DiscoveryLookupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.DiscoveryLookupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiscoveryLookupResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.DiscoveryLookupResponse & deftalk.v1.DiscoveryLookupResponse.$Shape} DiscoveryLookupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.DiscoveryLookupResponse & deftalk.v1.DiscoveryLookupResponse.$Shape;

            /**
             * Decodes a DiscoveryLookupResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.DiscoveryLookupResponse & deftalk.v1.DiscoveryLookupResponse.$Shape} DiscoveryLookupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.DiscoveryLookupResponse & deftalk.v1.DiscoveryLookupResponse.$Shape;

            /**
             * Verifies a DiscoveryLookupResponse message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DiscoveryLookupResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DiscoveryLookupResponse
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.DiscoveryLookupResponse;

            /**
             * Creates a plain object from a DiscoveryLookupResponse message. Also converts values to other types if specified.
             * @param m DiscoveryLookupResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.DiscoveryLookupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiscoveryLookupResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiscoveryLookupResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiscoveryLookupResponse {

            /** Properties of a DiscoveryLookupResponse. */
            interface $Properties {

                /** DiscoveryLookupResponse matches */
                matches?: (deftalk.v1.DiscoveryMatch.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiscoveryLookupResponse. */
            type $Shape = deftalk.v1.DiscoveryLookupResponse.$Properties;
        }

        /** GroupRole enum. */
        enum GroupRole {

            /** GROUP_ROLE_UNSPECIFIED value */
            GROUP_ROLE_UNSPECIFIED = 0,

            /** GROUP_ROLE_MEMBER value */
            GROUP_ROLE_MEMBER = 1,

            /** GROUP_ROLE_ADMIN value */
            GROUP_ROLE_ADMIN = 2
        }

        /**
         * Properties of a GroupMember.
         * @deprecated Use deftalk.v1.GroupMember.$Properties instead.
         */
        interface IGroupMember extends deftalk.v1.GroupMember.$Properties {
        }

        /** Represents a GroupMember. */
        class GroupMember {

            /**
             * Constructs a new GroupMember.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.GroupMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMember accountId. */
            accountId: Uint8Array;

            /** GroupMember role. */
            role: deftalk.v1.GroupRole;

            /**
             * Creates a new GroupMember instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMember instance
             */
            static create(properties: deftalk.v1.GroupMember.$Shape): deftalk.v1.GroupMember & deftalk.v1.GroupMember.$Shape;
            static create(properties?: deftalk.v1.GroupMember.$Properties): deftalk.v1.GroupMember;

            /**
             * Encodes the specified GroupMember message. Does not implicitly {@link deftalk.v1.GroupMember.verify|verify} messages.
             * @param m GroupMember message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.GroupMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupMember message, length delimited. Does not implicitly {@link deftalk.v1.GroupMember.verify|verify} messages.
             * @param message GroupMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.GroupMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMember message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.GroupMember & deftalk.v1.GroupMember.$Shape} GroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.GroupMember & deftalk.v1.GroupMember.$Shape;

            /**
             * Decodes a GroupMember message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.GroupMember & deftalk.v1.GroupMember.$Shape} GroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.GroupMember & deftalk.v1.GroupMember.$Shape;

            /**
             * Verifies a GroupMember message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupMember message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GroupMember
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.GroupMember;

            /**
             * Creates a plain object from a GroupMember message. Also converts values to other types if specified.
             * @param m GroupMember
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.GroupMember, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMember to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMember
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMember {

            /** Properties of a GroupMember. */
            interface $Properties {

                /** GroupMember accountId */
                accountId?: (Uint8Array|null);

                /** GroupMember role */
                role?: (deftalk.v1.GroupRole|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMember. */
            type $Shape = deftalk.v1.GroupMember.$Properties;
        }

        /**
         * Properties of a GroupState.
         * @deprecated Use deftalk.v1.GroupState.$Properties instead.
         */
        interface IGroupState extends deftalk.v1.GroupState.$Properties {
        }

        /** Represents a GroupState. */
        class GroupState {

            /**
             * Constructs a new GroupState.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.GroupState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupState groupId. */
            groupId: Uint8Array;

            /** GroupState version. */
            version: (number|Long);

            /** GroupState members. */
            members: deftalk.v1.GroupMember.$Properties[];

            /**
             * Creates a new GroupState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupState instance
             */
            static create(properties: deftalk.v1.GroupState.$Shape): deftalk.v1.GroupState & deftalk.v1.GroupState.$Shape;
            static create(properties?: deftalk.v1.GroupState.$Properties): deftalk.v1.GroupState;

            /**
             * Encodes the specified GroupState message. Does not implicitly {@link deftalk.v1.GroupState.verify|verify} messages.
             * @param m GroupState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.GroupState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupState message, length delimited. Does not implicitly {@link deftalk.v1.GroupState.verify|verify} messages.
             * @param message GroupState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.GroupState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.GroupState & deftalk.v1.GroupState.$Shape} GroupState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.GroupState & deftalk.v1.GroupState.$Shape;

            /**
             * Decodes a GroupState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.GroupState & deftalk.v1.GroupState.$Shape} GroupState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.GroupState & deftalk.v1.GroupState.$Shape;

            /**
             * Verifies a GroupState message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GroupState
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.GroupState;

            /**
             * Creates a plain object from a GroupState message. Also converts values to other types if specified.
             * @param m GroupState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.GroupState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupState {

            /** Properties of a GroupState. */
            interface $Properties {

                /** GroupState groupId */
                groupId?: (Uint8Array|null);

                /** GroupState version */
                version?: (number|Long|null);

                /** GroupState members */
                members?: (deftalk.v1.GroupMember.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupState. */
            type $Shape = deftalk.v1.GroupState.$Properties;
        }

        /**
         * Properties of a GroupCreateRequest.
         * @deprecated Use deftalk.v1.GroupCreateRequest.$Properties instead.
         */
        interface IGroupCreateRequest extends deftalk.v1.GroupCreateRequest.$Properties {
        }

        /** Represents a GroupCreateRequest. */
        class GroupCreateRequest {

            /**
             * Constructs a new GroupCreateRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.GroupCreateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupCreateRequest members. */
            members: Uint8Array[];

            /**
             * Creates a new GroupCreateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupCreateRequest instance
             */
            static create(properties: deftalk.v1.GroupCreateRequest.$Shape): deftalk.v1.GroupCreateRequest & deftalk.v1.GroupCreateRequest.$Shape;
            static create(properties?: deftalk.v1.GroupCreateRequest.$Properties): deftalk.v1.GroupCreateRequest;

            /**
             * Encodes the specified GroupCreateRequest message. Does not implicitly {@link deftalk.v1.GroupCreateRequest.verify|verify} messages.
             * @param m GroupCreateRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.GroupCreateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupCreateRequest message, length delimited. Does not implicitly {@link deftalk.v1.GroupCreateRequest.verify|verify} messages.
             * @param message GroupCreateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.GroupCreateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupCreateRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.GroupCreateRequest & deftalk.v1.GroupCreateRequest.$Shape} GroupCreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.GroupCreateRequest & deftalk.v1.GroupCreateRequest.$Shape;

            /**
             * Decodes a GroupCreateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.GroupCreateRequest & deftalk.v1.GroupCreateRequest.$Shape} GroupCreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.GroupCreateRequest & deftalk.v1.GroupCreateRequest.$Shape;

            /**
             * Verifies a GroupCreateRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupCreateRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GroupCreateRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.GroupCreateRequest;

            /**
             * Creates a plain object from a GroupCreateRequest message. Also converts values to other types if specified.
             * @param m GroupCreateRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.GroupCreateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupCreateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupCreateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupCreateRequest {

            /** Properties of a GroupCreateRequest. */
            interface $Properties {

                /** GroupCreateRequest members */
                members?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupCreateRequest. */
            type $Shape = deftalk.v1.GroupCreateRequest.$Properties;
        }

        /**
         * Properties of a GroupChangeRequest.
         * @deprecated Use deftalk.v1.GroupChangeRequest.$Properties instead.
         */
        interface IGroupChangeRequest extends deftalk.v1.GroupChangeRequest.$Properties {
        }

        /** Represents a GroupChangeRequest. */
        class GroupChangeRequest {

            /**
             * Constructs a new GroupChangeRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.GroupChangeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupChangeRequest version. */
            version: (number|Long);

            /** GroupChangeRequest add. */
            add: Uint8Array[];

            /** GroupChangeRequest remove. */
            remove: Uint8Array[];

            /** GroupChangeRequest promote. */
            promote: Uint8Array[];

            /** GroupChangeRequest demote. */
            demote: Uint8Array[];

            /**
             * Creates a new GroupChangeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupChangeRequest instance
             */
            static create(properties: deftalk.v1.GroupChangeRequest.$Shape): deftalk.v1.GroupChangeRequest & deftalk.v1.GroupChangeRequest.$Shape;
            static create(properties?: deftalk.v1.GroupChangeRequest.$Properties): deftalk.v1.GroupChangeRequest;

            /**
             * Encodes the specified GroupChangeRequest message. Does not implicitly {@link deftalk.v1.GroupChangeRequest.verify|verify} messages.
             * @param m GroupChangeRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.GroupChangeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupChangeRequest message, length delimited. Does not implicitly {@link deftalk.v1.GroupChangeRequest.verify|verify} messages.
             * @param message GroupChangeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.GroupChangeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupChangeRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.GroupChangeRequest & deftalk.v1.GroupChangeRequest.$Shape} GroupChangeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.GroupChangeRequest & deftalk.v1.GroupChangeRequest.$Shape;

            /**
             * Decodes a GroupChangeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.GroupChangeRequest & deftalk.v1.GroupChangeRequest.$Shape} GroupChangeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.GroupChangeRequest & deftalk.v1.GroupChangeRequest.$Shape;

            /**
             * Verifies a GroupChangeRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupChangeRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GroupChangeRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.GroupChangeRequest;

            /**
             * Creates a plain object from a GroupChangeRequest message. Also converts values to other types if specified.
             * @param m GroupChangeRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.GroupChangeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupChangeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupChangeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupChangeRequest {

            /** Properties of a GroupChangeRequest. */
            interface $Properties {

                /** GroupChangeRequest version */
                version?: (number|Long|null);

                /** GroupChangeRequest add */
                add?: (Uint8Array[]|null);

                /** GroupChangeRequest remove */
                remove?: (Uint8Array[]|null);

                /** GroupChangeRequest promote */
                promote?: (Uint8Array[]|null);

                /** GroupChangeRequest demote */
                demote?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupChangeRequest. */
            type $Shape = deftalk.v1.GroupChangeRequest.$Properties;
        }

        /**
         * Properties of a GroupList.
         * @deprecated Use deftalk.v1.GroupList.$Properties instead.
         */
        interface IGroupList extends deftalk.v1.GroupList.$Properties {
        }

        /** Represents a GroupList. */
        class GroupList {

            /**
             * Constructs a new GroupList.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.GroupList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupList groups. */
            groups: deftalk.v1.GroupState.$Properties[];

            /**
             * Creates a new GroupList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupList instance
             */
            static create(properties: deftalk.v1.GroupList.$Shape): deftalk.v1.GroupList & deftalk.v1.GroupList.$Shape;
            static create(properties?: deftalk.v1.GroupList.$Properties): deftalk.v1.GroupList;

            /**
             * Encodes the specified GroupList message. Does not implicitly {@link deftalk.v1.GroupList.verify|verify} messages.
             * @param m GroupList message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.GroupList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupList message, length delimited. Does not implicitly {@link deftalk.v1.GroupList.verify|verify} messages.
             * @param message GroupList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.GroupList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupList message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.GroupList & deftalk.v1.GroupList.$Shape} GroupList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.GroupList & deftalk.v1.GroupList.$Shape;

            /**
             * Decodes a GroupList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.GroupList & deftalk.v1.GroupList.$Shape} GroupList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.GroupList & deftalk.v1.GroupList.$Shape;

            /**
             * Verifies a GroupList message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupList message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GroupList
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.GroupList;

            /**
             * Creates a plain object from a GroupList message. Also converts values to other types if specified.
             * @param m GroupList
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.GroupList, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupList {

            /** Properties of a GroupList. */
            interface $Properties {

                /** GroupList groups */
                groups?: (deftalk.v1.GroupState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupList. */
            type $Shape = deftalk.v1.GroupList.$Properties;
        }

        /**
         * Properties of a GroupSend.
         * @deprecated Use deftalk.v1.GroupSend.$Properties instead.
         */
        interface IGroupSend extends deftalk.v1.GroupSend.$Properties {
        }

        /** Represents a GroupSend. */
        class GroupSend {

            /**
             * Constructs a new GroupSend.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.GroupSend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupSend sequence. */
            sequence: (number|Long);

            /** GroupSend version. */
            version: (number|Long);

            /** GroupSend ciphertext. */
            ciphertext: Uint8Array;

            /**
             * Creates a new GroupSend instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupSend instance
             */
            static create(properties: deftalk.v1.GroupSend.$Shape): deftalk.v1.GroupSend & deftalk.v1.GroupSend.$Shape;
            static create(properties?: deftalk.v1.GroupSend.$Properties): deftalk.v1.GroupSend;

            /**
             * Encodes the specified GroupSend message. Does not implicitly {@link deftalk.v1.GroupSend.verify|verify} messages.
             * @param m GroupSend message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.GroupSend.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupSend message, length delimited. Does not implicitly {@link deftalk.v1.GroupSend.verify|verify} messages.
             * @param message GroupSend message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.GroupSend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupSend message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.GroupSend & deftalk.v1.GroupSend.$Shape} GroupSend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.GroupSend & deftalk.v1.GroupSend.$Shape;

            /**
             * Decodes a GroupSend message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.GroupSend & deftalk.v1.GroupSend.$Shape} GroupSend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.GroupSend & deftalk.v1.GroupSend.$Shape;

            /**
             * Verifies a GroupSend message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupSend message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GroupSend
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.GroupSend;

            /**
             * Creates a plain object from a GroupSend message. Also converts values to other types if specified.
             * @param m GroupSend
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.GroupSend, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupSend to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupSend
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupSend {

            /** Properties of a GroupSend. */
            interface $Properties {

                /** GroupSend sequence */
                sequence?: (number|Long|null);

                /** GroupSend version */
                version?: (number|Long|null);

                /** GroupSend ciphertext */
                ciphertext?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupSend. */
            type $Shape = deftalk.v1.GroupSend.$Properties;
        }

        /**
         * Properties of a GroupSendResult.
         * @deprecated Use deftalk.v1.GroupSendResult.$Properties instead.
         */
        interface IGroupSendResult extends deftalk.v1.GroupSendResult.$Properties {
        }

        /** Represents a GroupSendResult. */
        class GroupSendResult {

            /**
             * Constructs a new GroupSendResult.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.GroupSendResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupSendResult sequence. */
            sequence: (number|Long);

            /** GroupSendResult duplicate. */
            duplicate: boolean;

            /** GroupSendResult copies. */
            copies: number;

            /**
             * Creates a new GroupSendResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupSendResult instance
             */
            static create(properties: deftalk.v1.GroupSendResult.$Shape): deftalk.v1.GroupSendResult & deftalk.v1.GroupSendResult.$Shape;
            static create(properties?: deftalk.v1.GroupSendResult.$Properties): deftalk.v1.GroupSendResult;

            /**
             * Encodes the specified GroupSendResult message. Does not implicitly {@link deftalk.v1.GroupSendResult.verify|verify} messages.
             * @param m GroupSendResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.GroupSendResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupSendResult message, length delimited. Does not implicitly {@link deftalk.v1.GroupSendResult.verify|verify} messages.
             * @param message GroupSendResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.GroupSendResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupSendResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.GroupSendResult & deftalk.v1.GroupSendResult.$Shape} GroupSendResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.GroupSendResult & deftalk.v1.GroupSendResult.$Shape;

            /**
             * Decodes a GroupSendResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.GroupSendResult & deftalk.v1.GroupSendResult.$Shape} GroupSendResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.GroupSendResult & deftalk.v1.GroupSendResult.$Shape;

            /**
             * Verifies a GroupSendResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupSendResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GroupSendResult
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.GroupSendResult;

            /**
             * Creates a plain object from a GroupSendResult message. Also converts values to other types if specified.
             * @param m GroupSendResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.GroupSendResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupSendResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupSendResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupSendResult {

            /** Properties of a GroupSendResult. */
            interface $Properties {

                /** GroupSendResult sequence */
                sequence?: (number|Long|null);

                /** GroupSendResult duplicate */
                duplicate?: (boolean|null);

                /** GroupSendResult copies */
                copies?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupSendResult. */
            type $Shape = deftalk.v1.GroupSendResult.$Properties;
        }

        /**
         * Properties of a SignedPreKey.
         * @deprecated Use deftalk.v1.SignedPreKey.$Properties instead.
         */
        interface ISignedPreKey extends deftalk.v1.SignedPreKey.$Properties {
        }

        /** Represents a SignedPreKey. */
        class SignedPreKey {

            /**
             * Constructs a new SignedPreKey.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SignedPreKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedPreKey keyId. */
            keyId: number;

            /** SignedPreKey publicKey. */
            publicKey: Uint8Array;

            /** SignedPreKey signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedPreKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedPreKey instance
             */
            static create(properties: deftalk.v1.SignedPreKey.$Shape): deftalk.v1.SignedPreKey & deftalk.v1.SignedPreKey.$Shape;
            static create(properties?: deftalk.v1.SignedPreKey.$Properties): deftalk.v1.SignedPreKey;

            /**
             * Encodes the specified SignedPreKey message. Does not implicitly {@link deftalk.v1.SignedPreKey.verify|verify} messages.
             * @param m SignedPreKey message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SignedPreKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SignedPreKey message, length delimited. Does not implicitly {@link deftalk.v1.SignedPreKey.verify|verify} messages.
             * @param message SignedPreKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SignedPreKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedPreKey message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SignedPreKey & deftalk.v1.SignedPreKey.$Shape} SignedPreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SignedPreKey & deftalk.v1.SignedPreKey.$Shape;

            /**
             * Decodes a SignedPreKey message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SignedPreKey & deftalk.v1.SignedPreKey.$Shape} SignedPreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SignedPreKey & deftalk.v1.SignedPreKey.$Shape;

            /**
             * Verifies a SignedPreKey message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedPreKey message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SignedPreKey
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SignedPreKey;

            /**
             * Creates a plain object from a SignedPreKey message. Also converts values to other types if specified.
             * @param m SignedPreKey
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SignedPreKey, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedPreKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedPreKey
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedPreKey {

            /** Properties of a SignedPreKey. */
            interface $Properties {

                /** SignedPreKey keyId */
                keyId?: (number|null);

                /** SignedPreKey publicKey */
                publicKey?: (Uint8Array|null);

                /** SignedPreKey signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedPreKey. */
            type $Shape = deftalk.v1.SignedPreKey.$Properties;
        }

        /**
         * Properties of a OneTimePreKey.
         * @deprecated Use deftalk.v1.OneTimePreKey.$Properties instead.
         */
        interface IOneTimePreKey extends deftalk.v1.OneTimePreKey.$Properties {
        }

        /** Represents a OneTimePreKey. */
        class OneTimePreKey {

            /**
             * Constructs a new OneTimePreKey.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.OneTimePreKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OneTimePreKey keyId. */
            keyId: number;

            /** OneTimePreKey publicKey. */
            publicKey: Uint8Array;

            /**
             * Creates a new OneTimePreKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OneTimePreKey instance
             */
            static create(properties: deftalk.v1.OneTimePreKey.$Shape): deftalk.v1.OneTimePreKey & deftalk.v1.OneTimePreKey.$Shape;
            static create(properties?: deftalk.v1.OneTimePreKey.$Properties): deftalk.v1.OneTimePreKey;

            /**
             * Encodes the specified OneTimePreKey message. Does not implicitly {@link deftalk.v1.OneTimePreKey.verify|verify} messages.
             * @param m OneTimePreKey message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.OneTimePreKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OneTimePreKey message, length delimited. Does not implicitly {@link deftalk.v1.OneTimePreKey.verify|verify} messages.
             * @param message OneTimePreKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.OneTimePreKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a OneTimePreKey message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.OneTimePreKey & deftalk.v1.OneTimePreKey.$Shape} OneTimePreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.OneTimePreKey & deftalk.v1.OneTimePreKey.$Shape;

            /**
             * Decodes a OneTimePreKey message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.OneTimePreKey & deftalk.v1.OneTimePreKey.$Shape} OneTimePreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.OneTimePreKey & deftalk.v1.OneTimePreKey.$Shape;

            /**
             * Verifies a OneTimePreKey message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a OneTimePreKey message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns OneTimePreKey
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.OneTimePreKey;

            /**
             * Creates a plain object from a OneTimePreKey message. Also converts values to other types if specified.
             * @param m OneTimePreKey
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.OneTimePreKey, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OneTimePreKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OneTimePreKey
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OneTimePreKey {

            /** Properties of a OneTimePreKey. */
            interface $Properties {

                /** OneTimePreKey keyId */
                keyId?: (number|null);

                /** OneTimePreKey publicKey */
                publicKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a OneTimePreKey. */
            type $Shape = deftalk.v1.OneTimePreKey.$Properties;
        }

        /**
         * Properties of a KemPreKey.
         * @deprecated Use deftalk.v1.KemPreKey.$Properties instead.
         */
        interface IKemPreKey extends deftalk.v1.KemPreKey.$Properties {
        }

        /** Represents a KemPreKey. */
        class KemPreKey {

            /**
             * Constructs a new KemPreKey.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.KemPreKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KemPreKey keyId. */
            keyId: number;

            /** KemPreKey publicKey. */
            publicKey: Uint8Array;

            /** KemPreKey signature. */
            signature: Uint8Array;

            /** KemPreKey lastResort. */
            lastResort: boolean;

            /**
             * Creates a new KemPreKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KemPreKey instance
             */
            static create(properties: deftalk.v1.KemPreKey.$Shape): deftalk.v1.KemPreKey & deftalk.v1.KemPreKey.$Shape;
            static create(properties?: deftalk.v1.KemPreKey.$Properties): deftalk.v1.KemPreKey;

            /**
             * Encodes the specified KemPreKey message. Does not implicitly {@link deftalk.v1.KemPreKey.verify|verify} messages.
             * @param m KemPreKey message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.KemPreKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KemPreKey message, length delimited. Does not implicitly {@link deftalk.v1.KemPreKey.verify|verify} messages.
             * @param message KemPreKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.KemPreKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KemPreKey message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.KemPreKey & deftalk.v1.KemPreKey.$Shape} KemPreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.KemPreKey & deftalk.v1.KemPreKey.$Shape;

            /**
             * Decodes a KemPreKey message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.KemPreKey & deftalk.v1.KemPreKey.$Shape} KemPreKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.KemPreKey & deftalk.v1.KemPreKey.$Shape;

            /**
             * Verifies a KemPreKey message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a KemPreKey message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns KemPreKey
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.KemPreKey;

            /**
             * Creates a plain object from a KemPreKey message. Also converts values to other types if specified.
             * @param m KemPreKey
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.KemPreKey, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KemPreKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KemPreKey
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KemPreKey {

            /** Properties of a KemPreKey. */
            interface $Properties {

                /** KemPreKey keyId */
                keyId?: (number|null);

                /** KemPreKey publicKey */
                publicKey?: (Uint8Array|null);

                /** KemPreKey signature */
                signature?: (Uint8Array|null);

                /** KemPreKey lastResort */
                lastResort?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KemPreKey. */
            type $Shape = deftalk.v1.KemPreKey.$Properties;
        }

        /**
         * Properties of a PreKeyUpload.
         * @deprecated Use deftalk.v1.PreKeyUpload.$Properties instead.
         */
        interface IPreKeyUpload extends deftalk.v1.PreKeyUpload.$Properties {
        }

        /** Represents a PreKeyUpload. */
        class PreKeyUpload {

            /**
             * Constructs a new PreKeyUpload.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PreKeyUpload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PreKeyUpload signedPrekey. */
            signedPrekey?: (deftalk.v1.SignedPreKey.$Properties|null);

            /** PreKeyUpload oneTimePrekeys. */
            oneTimePrekeys: deftalk.v1.OneTimePreKey.$Properties[];

            /** PreKeyUpload kemPrekeys. */
            kemPrekeys: deftalk.v1.KemPreKey.$Properties[];

            /**
             * Creates a new PreKeyUpload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PreKeyUpload instance
             */
            static create(properties: deftalk.v1.PreKeyUpload.$Shape): deftalk.v1.PreKeyUpload & deftalk.v1.PreKeyUpload.$Shape;
            static create(properties?: deftalk.v1.PreKeyUpload.$Properties): deftalk.v1.PreKeyUpload;

            /**
             * Encodes the specified PreKeyUpload message. Does not implicitly {@link deftalk.v1.PreKeyUpload.verify|verify} messages.
             * @param m PreKeyUpload message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PreKeyUpload.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PreKeyUpload message, length delimited. Does not implicitly {@link deftalk.v1.PreKeyUpload.verify|verify} messages.
             * @param message PreKeyUpload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PreKeyUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PreKeyUpload message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PreKeyUpload & deftalk.v1.PreKeyUpload.$Shape} PreKeyUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PreKeyUpload & deftalk.v1.PreKeyUpload.$Shape;

            /**
             * Decodes a PreKeyUpload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PreKeyUpload & deftalk.v1.PreKeyUpload.$Shape} PreKeyUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PreKeyUpload & deftalk.v1.PreKeyUpload.$Shape;

            /**
             * Verifies a PreKeyUpload message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PreKeyUpload message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PreKeyUpload
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PreKeyUpload;

            /**
             * Creates a plain object from a PreKeyUpload message. Also converts values to other types if specified.
             * @param m PreKeyUpload
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PreKeyUpload, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PreKeyUpload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PreKeyUpload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PreKeyUpload {

            /** Properties of a PreKeyUpload. */
            interface $Properties {

                /** PreKeyUpload signedPrekey */
                signedPrekey?: (deftalk.v1.SignedPreKey.$Properties|null);

                /** PreKeyUpload oneTimePrekeys */
                oneTimePrekeys?: (deftalk.v1.OneTimePreKey.$Properties[]|null);

                /** PreKeyUpload kemPrekeys */
                kemPrekeys?: (deftalk.v1.KemPreKey.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PreKeyUpload. */
            type $Shape = deftalk.v1.PreKeyUpload.$Properties;
        }

        /**
         * Properties of a PreKeyStatus.
         * @deprecated Use deftalk.v1.PreKeyStatus.$Properties instead.
         */
        interface IPreKeyStatus extends deftalk.v1.PreKeyStatus.$Properties {
        }

        /** Represents a PreKeyStatus. */
        class PreKeyStatus {

            /**
             * Constructs a new PreKeyStatus.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PreKeyStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PreKeyStatus oneTimePrekeys. */
            oneTimePrekeys: number;

            /** PreKeyStatus kemPrekeys. */
            kemPrekeys: number;

            /** PreKeyStatus signedPrekey. */
            signedPrekey: boolean;

            /** PreKeyStatus lastResortKemPrekey. */
            lastResortKemPrekey: boolean;

            /** PreKeyStatus lowSupply. */
            lowSupply: boolean;

            /**
             * Creates a new PreKeyStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PreKeyStatus instance
             */
            static create(properties: deftalk.v1.PreKeyStatus.$Shape): deftalk.v1.PreKeyStatus & deftalk.v1.PreKeyStatus.$Shape;
            static create(properties?: deftalk.v1.PreKeyStatus.$Properties): deftalk.v1.PreKeyStatus;

            /**
             * Encodes the specified PreKeyStatus message. Does not implicitly {@link deftalk.v1.PreKeyStatus.verify|verify} messages.
             * @param m PreKeyStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PreKeyStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PreKeyStatus message, length delimited. Does not implicitly {@link deftalk.v1.PreKeyStatus.verify|verify} messages.
             * @param message PreKeyStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PreKeyStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PreKeyStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PreKeyStatus & deftalk.v1.PreKeyStatus.$Shape} PreKeyStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PreKeyStatus & deftalk.v1.PreKeyStatus.$Shape;

            /**
             * Decodes a PreKeyStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PreKeyStatus & deftalk.v1.PreKeyStatus.$Shape} PreKeyStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PreKeyStatus & deftalk.v1.PreKeyStatus.$Shape;

            /**
             * Verifies a PreKeyStatus message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PreKeyStatus message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PreKeyStatus
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PreKeyStatus;

            /**
             * Creates a plain object from a PreKeyStatus message. Also converts values to other types if specified.
             * @param m PreKeyStatus
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PreKeyStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PreKeyStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PreKeyStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PreKeyStatus {

            /** Properties of a PreKeyStatus. */
            interface $Properties {

                /** PreKeyStatus oneTimePrekeys */
                oneTimePrekeys?: (number|null);

                /** PreKeyStatus kemPrekeys */
                kemPrekeys?: (number|null);

                /** PreKeyStatus signedPrekey */
                signedPrekey?: (boolean|null);

                /** PreKeyStatus lastResortKemPrekey */
                lastResortKemPrekey?: (boolean|null);

                /** PreKeyStatus lowSupply */
                lowSupply?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PreKeyStatus. */
            type $Shape = deftalk.v1.PreKeyStatus.$Properties;
        }

        /**
         * Properties of a PreKeyBundle.
         * @deprecated Use deftalk.v1.PreKeyBundle.$Properties instead.
         */
        interface IPreKeyBundle extends deftalk.v1.PreKeyBundle.$Properties {
        }

        /** Represents a PreKeyBundle. */
        class PreKeyBundle {

            /**
             * Constructs a new PreKeyBundle.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PreKeyBundle.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PreKeyBundle accountId. */
            accountId: Uint8Array;

            /** PreKeyBundle deviceId. */
            deviceId: number;

            /** PreKeyBundle identityKey. */
            identityKey: Uint8Array;

            /** PreKeyBundle signedPrekey. */
            signedPrekey?: (deftalk.v1.SignedPreKey.$Properties|null);

            /** PreKeyBundle kemPrekey. */
            kemPrekey?: (deftalk.v1.KemPreKey.$Properties|null);

            /** PreKeyBundle oneTimePrekey. */
            oneTimePrekey?: (deftalk.v1.OneTimePreKey.$Properties|null);

            /**
             * Creates a new PreKeyBundle instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PreKeyBundle instance
             */
            static create(properties: deftalk.v1.PreKeyBundle.$Shape): deftalk.v1.PreKeyBundle & deftalk.v1.PreKeyBundle.$Shape;
            static create(properties?: deftalk.v1.PreKeyBundle.$Properties): deftalk.v1.PreKeyBundle;

            /**
             * Encodes the specified PreKeyBundle message. Does not implicitly {@link deftalk.v1.PreKeyBundle.verify|verify} messages.
             * @param m PreKeyBundle message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PreKeyBundle.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PreKeyBundle message, length delimited. Does not implicitly {@link deftalk.v1.PreKeyBundle.verify|verify} messages.
             * @param message PreKeyBundle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PreKeyBundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PreKeyBundle message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PreKeyBundle & deftalk.v1.PreKeyBundle.$Shape} PreKeyBundle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PreKeyBundle & deftalk.v1.PreKeyBundle.$Shape;

            /**
             * Decodes a PreKeyBundle message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PreKeyBundle & deftalk.v1.PreKeyBundle.$Shape} PreKeyBundle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PreKeyBundle & deftalk.v1.PreKeyBundle.$Shape;

            /**
             * Verifies a PreKeyBundle message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PreKeyBundle message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PreKeyBundle
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PreKeyBundle;

            /**
             * Creates a plain object from a PreKeyBundle message. Also converts values to other types if specified.
             * @param m PreKeyBundle
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PreKeyBundle, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PreKeyBundle to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PreKeyBundle
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PreKeyBundle {

            /** Properties of a PreKeyBundle. */
            interface $Properties {

                /** PreKeyBundle accountId */
                accountId?: (Uint8Array|null);

                /** PreKeyBundle deviceId */
                deviceId?: (number|null);

                /** PreKeyBundle identityKey */
                identityKey?: (Uint8Array|null);

                /** PreKeyBundle signedPrekey */
                signedPrekey?: (deftalk.v1.SignedPreKey.$Properties|null);

                /** PreKeyBundle kemPrekey */
                kemPrekey?: (deftalk.v1.KemPreKey.$Properties|null);

                /** PreKeyBundle oneTimePrekey */
                oneTimePrekey?: (deftalk.v1.OneTimePreKey.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PreKeyBundle. */
            type $Shape = deftalk.v1.PreKeyBundle.$Properties;
        }

        /**
         * Properties of a ChangeNumberRequest.
         * @deprecated Use deftalk.v1.ChangeNumberRequest.$Properties instead.
         */
        interface IChangeNumberRequest extends deftalk.v1.ChangeNumberRequest.$Properties {
        }

        /** Represents a ChangeNumberRequest. */
        class ChangeNumberRequest {

            /**
             * Constructs a new ChangeNumberRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ChangeNumberRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChangeNumberRequest phoneNumber. */
            phoneNumber: string;

            /** ChangeNumberRequest verificationCode. */
            verificationCode: string;

            /**
             * Creates a new ChangeNumberRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChangeNumberRequest instance
             */
            static create(properties: deftalk.v1.ChangeNumberRequest.$Shape): deftalk.v1.ChangeNumberRequest & deftalk.v1.ChangeNumberRequest.$Shape;
            static create(properties?: deftalk.v1.ChangeNumberRequest.$Properties): deftalk.v1.ChangeNumberRequest;

            /**
             * Encodes the specified ChangeNumberRequest message. Does not implicitly {@link deftalk.v1.ChangeNumberRequest.verify|verify} messages.
             * @param m ChangeNumberRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ChangeNumberRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ChangeNumberRequest message, length delimited. Does not implicitly {@link deftalk.v1.ChangeNumberRequest.verify|verify} messages.
             * @param message ChangeNumberRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ChangeNumberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChangeNumberRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ChangeNumberRequest & deftalk.v1.ChangeNumberRequest.$Shape} ChangeNumberRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ChangeNumberRequest & deftalk.v1.ChangeNumberRequest.$Shape;

            /**
             * Decodes a ChangeNumberRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ChangeNumberRequest & deftalk.v1.ChangeNumberRequest.$Shape} ChangeNumberRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ChangeNumberRequest & deftalk.v1.ChangeNumberRequest.$Shape;

            /**
             * Verifies a ChangeNumberRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ChangeNumberRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ChangeNumberRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ChangeNumberRequest;

            /**
             * Creates a plain object from a ChangeNumberRequest message. Also converts values to other types if specified.
             * @param m ChangeNumberRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ChangeNumberRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChangeNumberRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ChangeNumberRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChangeNumberRequest {

            /** Properties of a ChangeNumberRequest. */
            interface $Properties {

                /** ChangeNumberRequest phoneNumber */
                phoneNumber?: (string|null);

                /** ChangeNumberRequest verificationCode */
                verificationCode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChangeNumberRequest. */
            type $Shape = deftalk.v1.ChangeNumberRequest.$Properties;
        }

        /**
         * Properties of a PushTokenRegistration.
         * @deprecated Use deftalk.v1.PushTokenRegistration.$Properties instead.
         */
        interface IPushTokenRegistration extends deftalk.v1.PushTokenRegistration.$Properties {
        }

        /** Represents a PushTokenRegistration. */
        class PushTokenRegistration {

            /**
             * Constructs a new PushTokenRegistration.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PushTokenRegistration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushTokenRegistration gateway. */
            gateway: string;

            /** PushTokenRegistration token. */
            token: Uint8Array;

            /**
             * Creates a new PushTokenRegistration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushTokenRegistration instance
             */
            static create(properties: deftalk.v1.PushTokenRegistration.$Shape): deftalk.v1.PushTokenRegistration & deftalk.v1.PushTokenRegistration.$Shape;
            static create(properties?: deftalk.v1.PushTokenRegistration.$Properties): deftalk.v1.PushTokenRegistration;

            /**
             * Encodes the specified PushTokenRegistration message. Does not implicitly {@link deftalk.v1.PushTokenRegistration.verify|verify} messages.
             * @param m PushTokenRegistration message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PushTokenRegistration.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PushTokenRegistration message, length delimited. Does not implicitly {@link deftalk.v1.PushTokenRegistration.verify|verify} messages.
             * @param message PushTokenRegistration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PushTokenRegistration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushTokenRegistration message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PushTokenRegistration & deftalk.v1.PushTokenRegistration.$Shape} PushTokenRegistration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PushTokenRegistration & deftalk.v1.PushTokenRegistration.$Shape;

            /**
             * Decodes a PushTokenRegistration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PushTokenRegistration & deftalk.v1.PushTokenRegistration.$Shape} PushTokenRegistration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PushTokenRegistration & deftalk.v1.PushTokenRegistration.$Shape;

            /**
             * Verifies a PushTokenRegistration message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PushTokenRegistration message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PushTokenRegistration
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PushTokenRegistration;

            /**
             * Creates a plain object from a PushTokenRegistration message. Also converts values to other types if specified.
             * @param m PushTokenRegistration
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PushTokenRegistration, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushTokenRegistration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushTokenRegistration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushTokenRegistration {

            /** Properties of a PushTokenRegistration. */
            interface $Properties {

                /** PushTokenRegistration gateway */
                gateway?: (string|null);

                /** PushTokenRegistration token */
                token?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushTokenRegistration. */
            type $Shape = deftalk.v1.PushTokenRegistration.$Properties;
        }

        /**
         * Properties of a PolicyUse.
         * @deprecated Use deftalk.v1.PolicyUse.$Properties instead.
         */
        interface IPolicyUse extends deftalk.v1.PolicyUse.$Properties {
        }

        /** Represents a PolicyUse. */
        class PolicyUse {

            /**
             * Constructs a new PolicyUse.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PolicyUse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PolicyUse id. */
            id: string;

            /** PolicyUse description. */
            description: string;

            /** PolicyUse optional. */
            optional: boolean;

            /** PolicyUse sinceVersion. */
            sinceVersion: number;

            /**
             * Creates a new PolicyUse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PolicyUse instance
             */
            static create(properties: deftalk.v1.PolicyUse.$Shape): deftalk.v1.PolicyUse & deftalk.v1.PolicyUse.$Shape;
            static create(properties?: deftalk.v1.PolicyUse.$Properties): deftalk.v1.PolicyUse;

            /**
             * Encodes the specified PolicyUse message. Does not implicitly {@link deftalk.v1.PolicyUse.verify|verify} messages.
             * @param m PolicyUse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PolicyUse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PolicyUse message, length delimited. Does not implicitly {@link deftalk.v1.PolicyUse.verify|verify} messages.
             * @param message PolicyUse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PolicyUse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicyUse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PolicyUse & deftalk.v1.PolicyUse.$Shape} PolicyUse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PolicyUse & deftalk.v1.PolicyUse.$Shape;

            /**
             * Decodes a PolicyUse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PolicyUse & deftalk.v1.PolicyUse.$Shape} PolicyUse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PolicyUse & deftalk.v1.PolicyUse.$Shape;

            /**
             * Verifies a PolicyUse message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PolicyUse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PolicyUse
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PolicyUse;

            /**
             * Creates a plain object from a PolicyUse message. Also converts values to other types if specified.
             * @param m PolicyUse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PolicyUse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PolicyUse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PolicyUse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PolicyUse {

            /** Properties of a PolicyUse. */
            interface $Properties {

                /** PolicyUse id */
                id?: (string|null);

                /** PolicyUse description */
                description?: (string|null);

                /** PolicyUse optional */
                optional?: (boolean|null);

                /** PolicyUse sinceVersion */
                sinceVersion?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicyUse. */
            type $Shape = deftalk.v1.PolicyUse.$Properties;
        }

        /**
         * Properties of a PolicyInfo.
         * @deprecated Use deftalk.v1.PolicyInfo.$Properties instead.
         */
        interface IPolicyInfo extends deftalk.v1.PolicyInfo.$Properties {
        }

        /** Represents a PolicyInfo. */
        class PolicyInfo {

            /**
             * Constructs a new PolicyInfo.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PolicyInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PolicyInfo version. */
            version: number;

            /** PolicyInfo text. */
            text: string;

            /** PolicyInfo textSha256. */
            textSha256: Uint8Array;

            /** PolicyInfo uses. */
            uses: deftalk.v1.PolicyUse.$Properties[];

            /** PolicyInfo inactivityDays. */
            inactivityDays: number;

            /** PolicyInfo pushGateways. */
            pushGateways: string[];

            /**
             * Creates a new PolicyInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PolicyInfo instance
             */
            static create(properties: deftalk.v1.PolicyInfo.$Shape): deftalk.v1.PolicyInfo & deftalk.v1.PolicyInfo.$Shape;
            static create(properties?: deftalk.v1.PolicyInfo.$Properties): deftalk.v1.PolicyInfo;

            /**
             * Encodes the specified PolicyInfo message. Does not implicitly {@link deftalk.v1.PolicyInfo.verify|verify} messages.
             * @param m PolicyInfo message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PolicyInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PolicyInfo message, length delimited. Does not implicitly {@link deftalk.v1.PolicyInfo.verify|verify} messages.
             * @param message PolicyInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PolicyInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicyInfo message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PolicyInfo & deftalk.v1.PolicyInfo.$Shape} PolicyInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PolicyInfo & deftalk.v1.PolicyInfo.$Shape;

            /**
             * Decodes a PolicyInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PolicyInfo & deftalk.v1.PolicyInfo.$Shape} PolicyInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PolicyInfo & deftalk.v1.PolicyInfo.$Shape;

            /**
             * Verifies a PolicyInfo message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PolicyInfo message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PolicyInfo
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PolicyInfo;

            /**
             * Creates a plain object from a PolicyInfo message. Also converts values to other types if specified.
             * @param m PolicyInfo
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PolicyInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PolicyInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PolicyInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PolicyInfo {

            /** Properties of a PolicyInfo. */
            interface $Properties {

                /** PolicyInfo version */
                version?: (number|null);

                /** PolicyInfo text */
                text?: (string|null);

                /** PolicyInfo textSha256 */
                textSha256?: (Uint8Array|null);

                /** PolicyInfo uses */
                uses?: (deftalk.v1.PolicyUse.$Properties[]|null);

                /** PolicyInfo inactivityDays */
                inactivityDays?: (number|null);

                /** PolicyInfo pushGateways */
                pushGateways?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicyInfo. */
            type $Shape = deftalk.v1.PolicyInfo.$Properties;
        }

        /**
         * Properties of a ConsentRequest.
         * @deprecated Use deftalk.v1.ConsentRequest.$Properties instead.
         */
        interface IConsentRequest extends deftalk.v1.ConsentRequest.$Properties {
        }

        /** Represents a ConsentRequest. */
        class ConsentRequest {

            /**
             * Constructs a new ConsentRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ConsentRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsentRequest acceptedVersion. */
            acceptedVersion: number;

            /** ConsentRequest declinedUses. */
            declinedUses: string[];

            /** ConsentRequest phoneNumber. */
            phoneNumber: string;

            /**
             * Creates a new ConsentRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsentRequest instance
             */
            static create(properties: deftalk.v1.ConsentRequest.$Shape): deftalk.v1.ConsentRequest & deftalk.v1.ConsentRequest.$Shape;
            static create(properties?: deftalk.v1.ConsentRequest.$Properties): deftalk.v1.ConsentRequest;

            /**
             * Encodes the specified ConsentRequest message. Does not implicitly {@link deftalk.v1.ConsentRequest.verify|verify} messages.
             * @param m ConsentRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ConsentRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConsentRequest message, length delimited. Does not implicitly {@link deftalk.v1.ConsentRequest.verify|verify} messages.
             * @param message ConsentRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ConsentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsentRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ConsentRequest & deftalk.v1.ConsentRequest.$Shape} ConsentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ConsentRequest & deftalk.v1.ConsentRequest.$Shape;

            /**
             * Decodes a ConsentRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ConsentRequest & deftalk.v1.ConsentRequest.$Shape} ConsentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ConsentRequest & deftalk.v1.ConsentRequest.$Shape;

            /**
             * Verifies a ConsentRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ConsentRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ConsentRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ConsentRequest;

            /**
             * Creates a plain object from a ConsentRequest message. Also converts values to other types if specified.
             * @param m ConsentRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ConsentRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConsentRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConsentRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsentRequest {

            /** Properties of a ConsentRequest. */
            interface $Properties {

                /** ConsentRequest acceptedVersion */
                acceptedVersion?: (number|null);

                /** ConsentRequest declinedUses */
                declinedUses?: (string[]|null);

                /** ConsentRequest phoneNumber */
                phoneNumber?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsentRequest. */
            type $Shape = deftalk.v1.ConsentRequest.$Properties;
        }

        /**
         * Properties of a ConsentState.
         * @deprecated Use deftalk.v1.ConsentState.$Properties instead.
         */
        interface IConsentState extends deftalk.v1.ConsentState.$Properties {
        }

        /** Represents a ConsentState. */
        class ConsentState {

            /**
             * Constructs a new ConsentState.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ConsentState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsentState acceptedVersion. */
            acceptedVersion: number;

            /** ConsentState declinedUses. */
            declinedUses: string[];

            /** ConsentState currentVersion. */
            currentVersion: number;

            /**
             * Creates a new ConsentState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsentState instance
             */
            static create(properties: deftalk.v1.ConsentState.$Shape): deftalk.v1.ConsentState & deftalk.v1.ConsentState.$Shape;
            static create(properties?: deftalk.v1.ConsentState.$Properties): deftalk.v1.ConsentState;

            /**
             * Encodes the specified ConsentState message. Does not implicitly {@link deftalk.v1.ConsentState.verify|verify} messages.
             * @param m ConsentState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ConsentState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConsentState message, length delimited. Does not implicitly {@link deftalk.v1.ConsentState.verify|verify} messages.
             * @param message ConsentState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ConsentState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsentState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ConsentState & deftalk.v1.ConsentState.$Shape} ConsentState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ConsentState & deftalk.v1.ConsentState.$Shape;

            /**
             * Decodes a ConsentState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ConsentState & deftalk.v1.ConsentState.$Shape} ConsentState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ConsentState & deftalk.v1.ConsentState.$Shape;

            /**
             * Verifies a ConsentState message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ConsentState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ConsentState
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ConsentState;

            /**
             * Creates a plain object from a ConsentState message. Also converts values to other types if specified.
             * @param m ConsentState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ConsentState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConsentState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConsentState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsentState {

            /** Properties of a ConsentState. */
            interface $Properties {

                /** ConsentState acceptedVersion */
                acceptedVersion?: (number|null);

                /** ConsentState declinedUses */
                declinedUses?: (string[]|null);

                /** ConsentState currentVersion */
                currentVersion?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsentState. */
            type $Shape = deftalk.v1.ConsentState.$Properties;
        }

        /**
         * Properties of a TestHookPushUnregistered.
         * @deprecated Use deftalk.v1.TestHookPushUnregistered.$Properties instead.
         */
        interface ITestHookPushUnregistered extends deftalk.v1.TestHookPushUnregistered.$Properties {
        }

        /** Represents a TestHookPushUnregistered. */
        class TestHookPushUnregistered {

            /**
             * Constructs a new TestHookPushUnregistered.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.TestHookPushUnregistered.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TestHookPushUnregistered gateway. */
            gateway: string;

            /** TestHookPushUnregistered token. */
            token: Uint8Array;

            /**
             * Creates a new TestHookPushUnregistered instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TestHookPushUnregistered instance
             */
            static create(properties: deftalk.v1.TestHookPushUnregistered.$Shape): deftalk.v1.TestHookPushUnregistered & deftalk.v1.TestHookPushUnregistered.$Shape;
            static create(properties?: deftalk.v1.TestHookPushUnregistered.$Properties): deftalk.v1.TestHookPushUnregistered;

            /**
             * Encodes the specified TestHookPushUnregistered message. Does not implicitly {@link deftalk.v1.TestHookPushUnregistered.verify|verify} messages.
             * @param m TestHookPushUnregistered message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.TestHookPushUnregistered.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TestHookPushUnregistered message, length delimited. Does not implicitly {@link deftalk.v1.TestHookPushUnregistered.verify|verify} messages.
             * @param message TestHookPushUnregistered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.TestHookPushUnregistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TestHookPushUnregistered message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.TestHookPushUnregistered & deftalk.v1.TestHookPushUnregistered.$Shape} TestHookPushUnregistered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.TestHookPushUnregistered & deftalk.v1.TestHookPushUnregistered.$Shape;

            /**
             * Decodes a TestHookPushUnregistered message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.TestHookPushUnregistered & deftalk.v1.TestHookPushUnregistered.$Shape} TestHookPushUnregistered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.TestHookPushUnregistered & deftalk.v1.TestHookPushUnregistered.$Shape;

            /**
             * Verifies a TestHookPushUnregistered message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TestHookPushUnregistered message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TestHookPushUnregistered
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.TestHookPushUnregistered;

            /**
             * Creates a plain object from a TestHookPushUnregistered message. Also converts values to other types if specified.
             * @param m TestHookPushUnregistered
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.TestHookPushUnregistered, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TestHookPushUnregistered to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TestHookPushUnregistered
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TestHookPushUnregistered {

            /** Properties of a TestHookPushUnregistered. */
            interface $Properties {

                /** TestHookPushUnregistered gateway */
                gateway?: (string|null);

                /** TestHookPushUnregistered token */
                token?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TestHookPushUnregistered. */
            type $Shape = deftalk.v1.TestHookPushUnregistered.$Properties;
        }

        /**
         * Properties of a TestHookInventoryRequest.
         * @deprecated Use deftalk.v1.TestHookInventoryRequest.$Properties instead.
         */
        interface ITestHookInventoryRequest extends deftalk.v1.TestHookInventoryRequest.$Properties {
        }

        /** Represents a TestHookInventoryRequest. */
        class TestHookInventoryRequest {

            /**
             * Constructs a new TestHookInventoryRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.TestHookInventoryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TestHookInventoryRequest phoneNumber. */
            phoneNumber: string;

            /**
             * Creates a new TestHookInventoryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TestHookInventoryRequest instance
             */
            static create(properties: deftalk.v1.TestHookInventoryRequest.$Shape): deftalk.v1.TestHookInventoryRequest & deftalk.v1.TestHookInventoryRequest.$Shape;
            static create(properties?: deftalk.v1.TestHookInventoryRequest.$Properties): deftalk.v1.TestHookInventoryRequest;

            /**
             * Encodes the specified TestHookInventoryRequest message. Does not implicitly {@link deftalk.v1.TestHookInventoryRequest.verify|verify} messages.
             * @param m TestHookInventoryRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.TestHookInventoryRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TestHookInventoryRequest message, length delimited. Does not implicitly {@link deftalk.v1.TestHookInventoryRequest.verify|verify} messages.
             * @param message TestHookInventoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.TestHookInventoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TestHookInventoryRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.TestHookInventoryRequest & deftalk.v1.TestHookInventoryRequest.$Shape} TestHookInventoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.TestHookInventoryRequest & deftalk.v1.TestHookInventoryRequest.$Shape;

            /**
             * Decodes a TestHookInventoryRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.TestHookInventoryRequest & deftalk.v1.TestHookInventoryRequest.$Shape} TestHookInventoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.TestHookInventoryRequest & deftalk.v1.TestHookInventoryRequest.$Shape;

            /**
             * Verifies a TestHookInventoryRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TestHookInventoryRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TestHookInventoryRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.TestHookInventoryRequest;

            /**
             * Creates a plain object from a TestHookInventoryRequest message. Also converts values to other types if specified.
             * @param m TestHookInventoryRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.TestHookInventoryRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TestHookInventoryRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TestHookInventoryRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TestHookInventoryRequest {

            /** Properties of a TestHookInventoryRequest. */
            interface $Properties {

                /** TestHookInventoryRequest phoneNumber */
                phoneNumber?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TestHookInventoryRequest. */
            type $Shape = deftalk.v1.TestHookInventoryRequest.$Properties;
        }

        /**
         * Properties of a TestHookInventory.
         * @deprecated Use deftalk.v1.TestHookInventory.$Properties instead.
         */
        interface ITestHookInventory extends deftalk.v1.TestHookInventory.$Properties {
        }

        /** Represents a TestHookInventory. */
        class TestHookInventory {

            /**
             * Constructs a new TestHookInventory.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.TestHookInventory.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TestHookInventory json. */
            json: string;

            /**
             * Creates a new TestHookInventory instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TestHookInventory instance
             */
            static create(properties: deftalk.v1.TestHookInventory.$Shape): deftalk.v1.TestHookInventory & deftalk.v1.TestHookInventory.$Shape;
            static create(properties?: deftalk.v1.TestHookInventory.$Properties): deftalk.v1.TestHookInventory;

            /**
             * Encodes the specified TestHookInventory message. Does not implicitly {@link deftalk.v1.TestHookInventory.verify|verify} messages.
             * @param m TestHookInventory message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.TestHookInventory.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TestHookInventory message, length delimited. Does not implicitly {@link deftalk.v1.TestHookInventory.verify|verify} messages.
             * @param message TestHookInventory message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.TestHookInventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TestHookInventory message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.TestHookInventory & deftalk.v1.TestHookInventory.$Shape} TestHookInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.TestHookInventory & deftalk.v1.TestHookInventory.$Shape;

            /**
             * Decodes a TestHookInventory message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.TestHookInventory & deftalk.v1.TestHookInventory.$Shape} TestHookInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.TestHookInventory & deftalk.v1.TestHookInventory.$Shape;

            /**
             * Verifies a TestHookInventory message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TestHookInventory message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TestHookInventory
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.TestHookInventory;

            /**
             * Creates a plain object from a TestHookInventory message. Also converts values to other types if specified.
             * @param m TestHookInventory
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.TestHookInventory, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TestHookInventory to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TestHookInventory
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TestHookInventory {

            /** Properties of a TestHookInventory. */
            interface $Properties {

                /** TestHookInventory json */
                json?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TestHookInventory. */
            type $Shape = deftalk.v1.TestHookInventory.$Properties;
        }

        /** PresenceVisibility enum. */
        enum PresenceVisibility {

            /** PRESENCE_VISIBILITY_UNSPECIFIED value */
            PRESENCE_VISIBILITY_UNSPECIFIED = 0,

            /** PRESENCE_VISIBILITY_CONTACTS value */
            PRESENCE_VISIBILITY_CONTACTS = 1,

            /** PRESENCE_VISIBILITY_NOBODY value */
            PRESENCE_VISIBILITY_NOBODY = 2
        }

        /**
         * Properties of a PresenceSettings.
         * @deprecated Use deftalk.v1.PresenceSettings.$Properties instead.
         */
        interface IPresenceSettings extends deftalk.v1.PresenceSettings.$Properties {
        }

        /** Represents a PresenceSettings. */
        class PresenceSettings {

            /**
             * Constructs a new PresenceSettings.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PresenceSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceSettings visibility. */
            visibility: deftalk.v1.PresenceVisibility;

            /**
             * Creates a new PresenceSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceSettings instance
             */
            static create(properties: deftalk.v1.PresenceSettings.$Shape): deftalk.v1.PresenceSettings & deftalk.v1.PresenceSettings.$Shape;
            static create(properties?: deftalk.v1.PresenceSettings.$Properties): deftalk.v1.PresenceSettings;

            /**
             * Encodes the specified PresenceSettings message. Does not implicitly {@link deftalk.v1.PresenceSettings.verify|verify} messages.
             * @param m PresenceSettings message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PresenceSettings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PresenceSettings message, length delimited. Does not implicitly {@link deftalk.v1.PresenceSettings.verify|verify} messages.
             * @param message PresenceSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PresenceSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceSettings message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PresenceSettings & deftalk.v1.PresenceSettings.$Shape} PresenceSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PresenceSettings & deftalk.v1.PresenceSettings.$Shape;

            /**
             * Decodes a PresenceSettings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PresenceSettings & deftalk.v1.PresenceSettings.$Shape} PresenceSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PresenceSettings & deftalk.v1.PresenceSettings.$Shape;

            /**
             * Verifies a PresenceSettings message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PresenceSettings message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PresenceSettings
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PresenceSettings;

            /**
             * Creates a plain object from a PresenceSettings message. Also converts values to other types if specified.
             * @param m PresenceSettings
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PresenceSettings, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceSettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceSettings {

            /** Properties of a PresenceSettings. */
            interface $Properties {

                /** PresenceSettings visibility */
                visibility?: (deftalk.v1.PresenceVisibility|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceSettings. */
            type $Shape = deftalk.v1.PresenceSettings.$Properties;
        }

        /**
         * Properties of a PresenceSubscribeRequest.
         * @deprecated Use deftalk.v1.PresenceSubscribeRequest.$Properties instead.
         */
        interface IPresenceSubscribeRequest extends deftalk.v1.PresenceSubscribeRequest.$Properties {
        }

        /** Represents a PresenceSubscribeRequest. */
        class PresenceSubscribeRequest {

            /**
             * Constructs a new PresenceSubscribeRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PresenceSubscribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceSubscribeRequest ownerAccountId. */
            ownerAccountId: Uint8Array;

            /** PresenceSubscribeRequest contactCredential. */
            contactCredential: Uint8Array;

            /**
             * Creates a new PresenceSubscribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceSubscribeRequest instance
             */
            static create(properties: deftalk.v1.PresenceSubscribeRequest.$Shape): deftalk.v1.PresenceSubscribeRequest & deftalk.v1.PresenceSubscribeRequest.$Shape;
            static create(properties?: deftalk.v1.PresenceSubscribeRequest.$Properties): deftalk.v1.PresenceSubscribeRequest;

            /**
             * Encodes the specified PresenceSubscribeRequest message. Does not implicitly {@link deftalk.v1.PresenceSubscribeRequest.verify|verify} messages.
             * @param m PresenceSubscribeRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PresenceSubscribeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PresenceSubscribeRequest message, length delimited. Does not implicitly {@link deftalk.v1.PresenceSubscribeRequest.verify|verify} messages.
             * @param message PresenceSubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PresenceSubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceSubscribeRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PresenceSubscribeRequest & deftalk.v1.PresenceSubscribeRequest.$Shape} PresenceSubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PresenceSubscribeRequest & deftalk.v1.PresenceSubscribeRequest.$Shape;

            /**
             * Decodes a PresenceSubscribeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PresenceSubscribeRequest & deftalk.v1.PresenceSubscribeRequest.$Shape} PresenceSubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PresenceSubscribeRequest & deftalk.v1.PresenceSubscribeRequest.$Shape;

            /**
             * Verifies a PresenceSubscribeRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PresenceSubscribeRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PresenceSubscribeRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PresenceSubscribeRequest;

            /**
             * Creates a plain object from a PresenceSubscribeRequest message. Also converts values to other types if specified.
             * @param m PresenceSubscribeRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PresenceSubscribeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceSubscribeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceSubscribeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceSubscribeRequest {

            /** Properties of a PresenceSubscribeRequest. */
            interface $Properties {

                /** PresenceSubscribeRequest ownerAccountId */
                ownerAccountId?: (Uint8Array|null);

                /** PresenceSubscribeRequest contactCredential */
                contactCredential?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceSubscribeRequest. */
            type $Shape = deftalk.v1.PresenceSubscribeRequest.$Properties;
        }

        /**
         * Properties of a PresenceState.
         * @deprecated Use deftalk.v1.PresenceState.$Properties instead.
         */
        interface IPresenceState extends deftalk.v1.PresenceState.$Properties {
        }

        /** Represents a PresenceState. */
        class PresenceState {

            /**
             * Constructs a new PresenceState.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.PresenceState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceState ownerAccountId. */
            ownerAccountId: Uint8Array;

            /** PresenceState online. */
            online: boolean;

            /** PresenceState lastSeenMs. */
            lastSeenMs: (number|Long);

            /**
             * Creates a new PresenceState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceState instance
             */
            static create(properties: deftalk.v1.PresenceState.$Shape): deftalk.v1.PresenceState & deftalk.v1.PresenceState.$Shape;
            static create(properties?: deftalk.v1.PresenceState.$Properties): deftalk.v1.PresenceState;

            /**
             * Encodes the specified PresenceState message. Does not implicitly {@link deftalk.v1.PresenceState.verify|verify} messages.
             * @param m PresenceState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.PresenceState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PresenceState message, length delimited. Does not implicitly {@link deftalk.v1.PresenceState.verify|verify} messages.
             * @param message PresenceState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.PresenceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.PresenceState & deftalk.v1.PresenceState.$Shape} PresenceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.PresenceState & deftalk.v1.PresenceState.$Shape;

            /**
             * Decodes a PresenceState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.PresenceState & deftalk.v1.PresenceState.$Shape} PresenceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.PresenceState & deftalk.v1.PresenceState.$Shape;

            /**
             * Verifies a PresenceState message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PresenceState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PresenceState
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.PresenceState;

            /**
             * Creates a plain object from a PresenceState message. Also converts values to other types if specified.
             * @param m PresenceState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.PresenceState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceState {

            /** Properties of a PresenceState. */
            interface $Properties {

                /** PresenceState ownerAccountId */
                ownerAccountId?: (Uint8Array|null);

                /** PresenceState online */
                online?: (boolean|null);

                /** PresenceState lastSeenMs */
                lastSeenMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceState. */
            type $Shape = deftalk.v1.PresenceState.$Properties;
        }

        /**
         * Properties of a ProfileText.
         * @deprecated Use deftalk.v1.ProfileText.$Properties instead.
         */
        interface IProfileText extends deftalk.v1.ProfileText.$Properties {
        }

        /** Represents a ProfileText. */
        class ProfileText {

            /**
             * Constructs a new ProfileText.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ProfileText.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileText text. */
            text: string;

            /**
             * Creates a new ProfileText instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileText instance
             */
            static create(properties: deftalk.v1.ProfileText.$Shape): deftalk.v1.ProfileText & deftalk.v1.ProfileText.$Shape;
            static create(properties?: deftalk.v1.ProfileText.$Properties): deftalk.v1.ProfileText;

            /**
             * Encodes the specified ProfileText message. Does not implicitly {@link deftalk.v1.ProfileText.verify|verify} messages.
             * @param m ProfileText message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ProfileText.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileText message, length delimited. Does not implicitly {@link deftalk.v1.ProfileText.verify|verify} messages.
             * @param message ProfileText message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ProfileText.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileText message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ProfileText & deftalk.v1.ProfileText.$Shape} ProfileText
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ProfileText & deftalk.v1.ProfileText.$Shape;

            /**
             * Decodes a ProfileText message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProfileText & deftalk.v1.ProfileText.$Shape} ProfileText
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ProfileText & deftalk.v1.ProfileText.$Shape;

            /**
             * Verifies a ProfileText message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileText message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProfileText
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ProfileText;

            /**
             * Creates a plain object from a ProfileText message. Also converts values to other types if specified.
             * @param m ProfileText
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ProfileText, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileText to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileText
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileText {

            /** Properties of a ProfileText. */
            interface $Properties {

                /** ProfileText text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileText. */
            type $Shape = deftalk.v1.ProfileText.$Properties;
        }

        /**
         * Properties of a ProfilePhotoUpload.
         * @deprecated Use deftalk.v1.ProfilePhotoUpload.$Properties instead.
         */
        interface IProfilePhotoUpload extends deftalk.v1.ProfilePhotoUpload.$Properties {
        }

        /** Represents a ProfilePhotoUpload. */
        class ProfilePhotoUpload {

            /**
             * Constructs a new ProfilePhotoUpload.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ProfilePhotoUpload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfilePhotoUpload image. */
            image: Uint8Array;

            /**
             * Creates a new ProfilePhotoUpload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfilePhotoUpload instance
             */
            static create(properties: deftalk.v1.ProfilePhotoUpload.$Shape): deftalk.v1.ProfilePhotoUpload & deftalk.v1.ProfilePhotoUpload.$Shape;
            static create(properties?: deftalk.v1.ProfilePhotoUpload.$Properties): deftalk.v1.ProfilePhotoUpload;

            /**
             * Encodes the specified ProfilePhotoUpload message. Does not implicitly {@link deftalk.v1.ProfilePhotoUpload.verify|verify} messages.
             * @param m ProfilePhotoUpload message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ProfilePhotoUpload.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfilePhotoUpload message, length delimited. Does not implicitly {@link deftalk.v1.ProfilePhotoUpload.verify|verify} messages.
             * @param message ProfilePhotoUpload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ProfilePhotoUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfilePhotoUpload message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ProfilePhotoUpload & deftalk.v1.ProfilePhotoUpload.$Shape} ProfilePhotoUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ProfilePhotoUpload & deftalk.v1.ProfilePhotoUpload.$Shape;

            /**
             * Decodes a ProfilePhotoUpload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProfilePhotoUpload & deftalk.v1.ProfilePhotoUpload.$Shape} ProfilePhotoUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ProfilePhotoUpload & deftalk.v1.ProfilePhotoUpload.$Shape;

            /**
             * Verifies a ProfilePhotoUpload message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfilePhotoUpload message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProfilePhotoUpload
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ProfilePhotoUpload;

            /**
             * Creates a plain object from a ProfilePhotoUpload message. Also converts values to other types if specified.
             * @param m ProfilePhotoUpload
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ProfilePhotoUpload, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfilePhotoUpload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfilePhotoUpload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfilePhotoUpload {

            /** Properties of a ProfilePhotoUpload. */
            interface $Properties {

                /** ProfilePhotoUpload image */
                image?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfilePhotoUpload. */
            type $Shape = deftalk.v1.ProfilePhotoUpload.$Properties;
        }

        /**
         * Properties of a ProfileUpdate.
         * @deprecated Use deftalk.v1.ProfileUpdate.$Properties instead.
         */
        interface IProfileUpdate extends deftalk.v1.ProfileUpdate.$Properties {
        }

        /** Represents a ProfileUpdate. */
        class ProfileUpdate {

            /**
             * Constructs a new ProfileUpdate.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ProfileUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileUpdate name. */
            name?: (deftalk.v1.ProfileText.$Properties|null);

            /** ProfileUpdate about. */
            about?: (deftalk.v1.ProfileText.$Properties|null);

            /** ProfileUpdate photo. */
            photo?: (deftalk.v1.ProfilePhotoUpload.$Properties|null);

            /**
             * Creates a new ProfileUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileUpdate instance
             */
            static create(properties: deftalk.v1.ProfileUpdate.$Shape): deftalk.v1.ProfileUpdate & deftalk.v1.ProfileUpdate.$Shape;
            static create(properties?: deftalk.v1.ProfileUpdate.$Properties): deftalk.v1.ProfileUpdate;

            /**
             * Encodes the specified ProfileUpdate message. Does not implicitly {@link deftalk.v1.ProfileUpdate.verify|verify} messages.
             * @param m ProfileUpdate message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ProfileUpdate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileUpdate message, length delimited. Does not implicitly {@link deftalk.v1.ProfileUpdate.verify|verify} messages.
             * @param message ProfileUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ProfileUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileUpdate message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ProfileUpdate & deftalk.v1.ProfileUpdate.$Shape} ProfileUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ProfileUpdate & deftalk.v1.ProfileUpdate.$Shape;

            /**
             * Decodes a ProfileUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProfileUpdate & deftalk.v1.ProfileUpdate.$Shape} ProfileUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ProfileUpdate & deftalk.v1.ProfileUpdate.$Shape;

            /**
             * Verifies a ProfileUpdate message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileUpdate message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProfileUpdate
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ProfileUpdate;

            /**
             * Creates a plain object from a ProfileUpdate message. Also converts values to other types if specified.
             * @param m ProfileUpdate
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ProfileUpdate, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileUpdate {

            /** Properties of a ProfileUpdate. */
            interface $Properties {

                /** ProfileUpdate name */
                name?: (deftalk.v1.ProfileText.$Properties|null);

                /** ProfileUpdate about */
                about?: (deftalk.v1.ProfileText.$Properties|null);

                /** ProfileUpdate photo */
                photo?: (deftalk.v1.ProfilePhotoUpload.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileUpdate. */
            type $Shape = deftalk.v1.ProfileUpdate.$Properties;
        }

        /**
         * Properties of a ProfileViewRequest.
         * @deprecated Use deftalk.v1.ProfileViewRequest.$Properties instead.
         */
        interface IProfileViewRequest extends deftalk.v1.ProfileViewRequest.$Properties {
        }

        /** Represents a ProfileViewRequest. */
        class ProfileViewRequest {

            /**
             * Constructs a new ProfileViewRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ProfileViewRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileViewRequest ownerAccountId. */
            ownerAccountId: Uint8Array;

            /** ProfileViewRequest contactCredential. */
            contactCredential: Uint8Array;

            /**
             * Creates a new ProfileViewRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileViewRequest instance
             */
            static create(properties: deftalk.v1.ProfileViewRequest.$Shape): deftalk.v1.ProfileViewRequest & deftalk.v1.ProfileViewRequest.$Shape;
            static create(properties?: deftalk.v1.ProfileViewRequest.$Properties): deftalk.v1.ProfileViewRequest;

            /**
             * Encodes the specified ProfileViewRequest message. Does not implicitly {@link deftalk.v1.ProfileViewRequest.verify|verify} messages.
             * @param m ProfileViewRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ProfileViewRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileViewRequest message, length delimited. Does not implicitly {@link deftalk.v1.ProfileViewRequest.verify|verify} messages.
             * @param message ProfileViewRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ProfileViewRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileViewRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ProfileViewRequest & deftalk.v1.ProfileViewRequest.$Shape} ProfileViewRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ProfileViewRequest & deftalk.v1.ProfileViewRequest.$Shape;

            /**
             * Decodes a ProfileViewRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ProfileViewRequest & deftalk.v1.ProfileViewRequest.$Shape} ProfileViewRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ProfileViewRequest & deftalk.v1.ProfileViewRequest.$Shape;

            /**
             * Verifies a ProfileViewRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileViewRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProfileViewRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ProfileViewRequest;

            /**
             * Creates a plain object from a ProfileViewRequest message. Also converts values to other types if specified.
             * @param m ProfileViewRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ProfileViewRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileViewRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileViewRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileViewRequest {

            /** Properties of a ProfileViewRequest. */
            interface $Properties {

                /** ProfileViewRequest ownerAccountId */
                ownerAccountId?: (Uint8Array|null);

                /** ProfileViewRequest contactCredential */
                contactCredential?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileViewRequest. */
            type $Shape = deftalk.v1.ProfileViewRequest.$Properties;
        }

        /**
         * Properties of a Profile.
         * @deprecated Use deftalk.v1.Profile.$Properties instead.
         */
        interface IProfile extends deftalk.v1.Profile.$Properties {
        }

        /** Represents a Profile. */
        class Profile {

            /**
             * Constructs a new Profile.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.Profile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Profile ownerAccountId. */
            ownerAccountId: Uint8Array;

            /** Profile name. */
            name: string;

            /** Profile about. */
            about: string;

            /** Profile photo. */
            photo: Uint8Array;

            /** Profile photoMediaType. */
            photoMediaType: string;

            /**
             * Creates a new Profile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Profile instance
             */
            static create(properties: deftalk.v1.Profile.$Shape): deftalk.v1.Profile & deftalk.v1.Profile.$Shape;
            static create(properties?: deftalk.v1.Profile.$Properties): deftalk.v1.Profile;

            /**
             * Encodes the specified Profile message. Does not implicitly {@link deftalk.v1.Profile.verify|verify} messages.
             * @param m Profile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.Profile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Profile message, length delimited. Does not implicitly {@link deftalk.v1.Profile.verify|verify} messages.
             * @param message Profile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.Profile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.Profile & deftalk.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.Profile & deftalk.v1.Profile.$Shape;

            /**
             * Decodes a Profile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.Profile & deftalk.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.Profile & deftalk.v1.Profile.$Shape;

            /**
             * Verifies a Profile message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Profile message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Profile
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.Profile;

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @param m Profile
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.Profile, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Profile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Profile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Profile {

            /** Properties of a Profile. */
            interface $Properties {

                /** Profile ownerAccountId */
                ownerAccountId?: (Uint8Array|null);

                /** Profile name */
                name?: (string|null);

                /** Profile about */
                about?: (string|null);

                /** Profile photo */
                photo?: (Uint8Array|null);

                /** Profile photoMediaType */
                photoMediaType?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Profile. */
            type $Shape = deftalk.v1.Profile.$Properties;
        }

        /**
         * Properties of a VerificationCodeRequest.
         * @deprecated Use deftalk.v1.VerificationCodeRequest.$Properties instead.
         */
        interface IVerificationCodeRequest extends deftalk.v1.VerificationCodeRequest.$Properties {
        }

        /** Represents a VerificationCodeRequest. */
        class VerificationCodeRequest {

            /**
             * Constructs a new VerificationCodeRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.VerificationCodeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerificationCodeRequest phoneNumber. */
            phoneNumber: string;

            /**
             * Creates a new VerificationCodeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerificationCodeRequest instance
             */
            static create(properties: deftalk.v1.VerificationCodeRequest.$Shape): deftalk.v1.VerificationCodeRequest & deftalk.v1.VerificationCodeRequest.$Shape;
            static create(properties?: deftalk.v1.VerificationCodeRequest.$Properties): deftalk.v1.VerificationCodeRequest;

            /**
             * Encodes the specified VerificationCodeRequest message. Does not implicitly {@link deftalk.v1.VerificationCodeRequest.verify|verify} messages.
             * @param m VerificationCodeRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.VerificationCodeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VerificationCodeRequest message, length delimited. Does not implicitly {@link deftalk.v1.VerificationCodeRequest.verify|verify} messages.
             * @param message VerificationCodeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.VerificationCodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerificationCodeRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.VerificationCodeRequest & deftalk.v1.VerificationCodeRequest.$Shape} VerificationCodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.VerificationCodeRequest & deftalk.v1.VerificationCodeRequest.$Shape;

            /**
             * Decodes a VerificationCodeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.VerificationCodeRequest & deftalk.v1.VerificationCodeRequest.$Shape} VerificationCodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.VerificationCodeRequest & deftalk.v1.VerificationCodeRequest.$Shape;

            /**
             * Verifies a VerificationCodeRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a VerificationCodeRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns VerificationCodeRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.VerificationCodeRequest;

            /**
             * Creates a plain object from a VerificationCodeRequest message. Also converts values to other types if specified.
             * @param m VerificationCodeRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.VerificationCodeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerificationCodeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerificationCodeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerificationCodeRequest {

            /** Properties of a VerificationCodeRequest. */
            interface $Properties {

                /** VerificationCodeRequest phoneNumber */
                phoneNumber?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerificationCodeRequest. */
            type $Shape = deftalk.v1.VerificationCodeRequest.$Properties;
        }

        /**
         * Properties of a VerificationCodeSent.
         * @deprecated Use deftalk.v1.VerificationCodeSent.$Properties instead.
         */
        interface IVerificationCodeSent extends deftalk.v1.VerificationCodeSent.$Properties {
        }

        /** Represents a VerificationCodeSent. */
        class VerificationCodeSent {

            /**
             * Constructs a new VerificationCodeSent.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.VerificationCodeSent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerificationCodeSent expiresInMs. */
            expiresInMs: number;

            /** VerificationCodeSent resendAfterMs. */
            resendAfterMs: number;

            /**
             * Creates a new VerificationCodeSent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerificationCodeSent instance
             */
            static create(properties: deftalk.v1.VerificationCodeSent.$Shape): deftalk.v1.VerificationCodeSent & deftalk.v1.VerificationCodeSent.$Shape;
            static create(properties?: deftalk.v1.VerificationCodeSent.$Properties): deftalk.v1.VerificationCodeSent;

            /**
             * Encodes the specified VerificationCodeSent message. Does not implicitly {@link deftalk.v1.VerificationCodeSent.verify|verify} messages.
             * @param m VerificationCodeSent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.VerificationCodeSent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VerificationCodeSent message, length delimited. Does not implicitly {@link deftalk.v1.VerificationCodeSent.verify|verify} messages.
             * @param message VerificationCodeSent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.VerificationCodeSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerificationCodeSent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.VerificationCodeSent & deftalk.v1.VerificationCodeSent.$Shape} VerificationCodeSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.VerificationCodeSent & deftalk.v1.VerificationCodeSent.$Shape;

            /**
             * Decodes a VerificationCodeSent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.VerificationCodeSent & deftalk.v1.VerificationCodeSent.$Shape} VerificationCodeSent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.VerificationCodeSent & deftalk.v1.VerificationCodeSent.$Shape;

            /**
             * Verifies a VerificationCodeSent message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a VerificationCodeSent message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns VerificationCodeSent
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.VerificationCodeSent;

            /**
             * Creates a plain object from a VerificationCodeSent message. Also converts values to other types if specified.
             * @param m VerificationCodeSent
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.VerificationCodeSent, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerificationCodeSent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerificationCodeSent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerificationCodeSent {

            /** Properties of a VerificationCodeSent. */
            interface $Properties {

                /** VerificationCodeSent expiresInMs */
                expiresInMs?: (number|null);

                /** VerificationCodeSent resendAfterMs */
                resendAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerificationCodeSent. */
            type $Shape = deftalk.v1.VerificationCodeSent.$Properties;
        }

        /**
         * Properties of a RegistrationRequest.
         * @deprecated Use deftalk.v1.RegistrationRequest.$Properties instead.
         */
        interface IRegistrationRequest extends deftalk.v1.RegistrationRequest.$Properties {
        }

        /** Represents a RegistrationRequest. */
        class RegistrationRequest {

            /**
             * Constructs a new RegistrationRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.RegistrationRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistrationRequest phoneNumber. */
            phoneNumber: string;

            /** RegistrationRequest verificationCode. */
            verificationCode: string;

            /** RegistrationRequest identityKey. */
            identityKey: Uint8Array;

            /** RegistrationRequest deviceKey. */
            deviceKey: Uint8Array;

            /** RegistrationRequest deviceList. */
            deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

            /** RegistrationRequest registrationLockPin. */
            registrationLockPin: string;

            /**
             * Creates a new RegistrationRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistrationRequest instance
             */
            static create(properties: deftalk.v1.RegistrationRequest.$Shape): deftalk.v1.RegistrationRequest & deftalk.v1.RegistrationRequest.$Shape;
            static create(properties?: deftalk.v1.RegistrationRequest.$Properties): deftalk.v1.RegistrationRequest;

            /**
             * Encodes the specified RegistrationRequest message. Does not implicitly {@link deftalk.v1.RegistrationRequest.verify|verify} messages.
             * @param m RegistrationRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.RegistrationRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegistrationRequest message, length delimited. Does not implicitly {@link deftalk.v1.RegistrationRequest.verify|verify} messages.
             * @param message RegistrationRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.RegistrationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistrationRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.RegistrationRequest & deftalk.v1.RegistrationRequest.$Shape} RegistrationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.RegistrationRequest & deftalk.v1.RegistrationRequest.$Shape;

            /**
             * Decodes a RegistrationRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.RegistrationRequest & deftalk.v1.RegistrationRequest.$Shape} RegistrationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.RegistrationRequest & deftalk.v1.RegistrationRequest.$Shape;

            /**
             * Verifies a RegistrationRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a RegistrationRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RegistrationRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.RegistrationRequest;

            /**
             * Creates a plain object from a RegistrationRequest message. Also converts values to other types if specified.
             * @param m RegistrationRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.RegistrationRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistrationRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegistrationRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistrationRequest {

            /** Properties of a RegistrationRequest. */
            interface $Properties {

                /** RegistrationRequest phoneNumber */
                phoneNumber?: (string|null);

                /** RegistrationRequest verificationCode */
                verificationCode?: (string|null);

                /** RegistrationRequest identityKey */
                identityKey?: (Uint8Array|null);

                /** RegistrationRequest deviceKey */
                deviceKey?: (Uint8Array|null);

                /** RegistrationRequest deviceList */
                deviceList?: (deftalk.v1.SignedDeviceList.$Properties|null);

                /** RegistrationRequest registrationLockPin */
                registrationLockPin?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistrationRequest. */
            type $Shape = deftalk.v1.RegistrationRequest.$Properties;
        }

        /**
         * Properties of a RegistrationResult.
         * @deprecated Use deftalk.v1.RegistrationResult.$Properties instead.
         */
        interface IRegistrationResult extends deftalk.v1.RegistrationResult.$Properties {
        }

        /** Represents a RegistrationResult. */
        class RegistrationResult {

            /**
             * Constructs a new RegistrationResult.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.RegistrationResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistrationResult address. */
            address?: (deftalk.v1.DeviceAddress.$Properties|null);

            /**
             * Creates a new RegistrationResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistrationResult instance
             */
            static create(properties: deftalk.v1.RegistrationResult.$Shape): deftalk.v1.RegistrationResult & deftalk.v1.RegistrationResult.$Shape;
            static create(properties?: deftalk.v1.RegistrationResult.$Properties): deftalk.v1.RegistrationResult;

            /**
             * Encodes the specified RegistrationResult message. Does not implicitly {@link deftalk.v1.RegistrationResult.verify|verify} messages.
             * @param m RegistrationResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.RegistrationResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegistrationResult message, length delimited. Does not implicitly {@link deftalk.v1.RegistrationResult.verify|verify} messages.
             * @param message RegistrationResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.RegistrationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistrationResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.RegistrationResult & deftalk.v1.RegistrationResult.$Shape} RegistrationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.RegistrationResult & deftalk.v1.RegistrationResult.$Shape;

            /**
             * Decodes a RegistrationResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.RegistrationResult & deftalk.v1.RegistrationResult.$Shape} RegistrationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.RegistrationResult & deftalk.v1.RegistrationResult.$Shape;

            /**
             * Verifies a RegistrationResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a RegistrationResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RegistrationResult
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.RegistrationResult;

            /**
             * Creates a plain object from a RegistrationResult message. Also converts values to other types if specified.
             * @param m RegistrationResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.RegistrationResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistrationResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegistrationResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistrationResult {

            /** Properties of a RegistrationResult. */
            interface $Properties {

                /** RegistrationResult address */
                address?: (deftalk.v1.DeviceAddress.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistrationResult. */
            type $Shape = deftalk.v1.RegistrationResult.$Properties;
        }

        /**
         * Properties of a TestHookCodeRequest.
         * @deprecated Use deftalk.v1.TestHookCodeRequest.$Properties instead.
         */
        interface ITestHookCodeRequest extends deftalk.v1.TestHookCodeRequest.$Properties {
        }

        /** Represents a TestHookCodeRequest. */
        class TestHookCodeRequest {

            /**
             * Constructs a new TestHookCodeRequest.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.TestHookCodeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TestHookCodeRequest phoneNumber. */
            phoneNumber: string;

            /**
             * Creates a new TestHookCodeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TestHookCodeRequest instance
             */
            static create(properties: deftalk.v1.TestHookCodeRequest.$Shape): deftalk.v1.TestHookCodeRequest & deftalk.v1.TestHookCodeRequest.$Shape;
            static create(properties?: deftalk.v1.TestHookCodeRequest.$Properties): deftalk.v1.TestHookCodeRequest;

            /**
             * Encodes the specified TestHookCodeRequest message. Does not implicitly {@link deftalk.v1.TestHookCodeRequest.verify|verify} messages.
             * @param m TestHookCodeRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.TestHookCodeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TestHookCodeRequest message, length delimited. Does not implicitly {@link deftalk.v1.TestHookCodeRequest.verify|verify} messages.
             * @param message TestHookCodeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.TestHookCodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TestHookCodeRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.TestHookCodeRequest & deftalk.v1.TestHookCodeRequest.$Shape} TestHookCodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.TestHookCodeRequest & deftalk.v1.TestHookCodeRequest.$Shape;

            /**
             * Decodes a TestHookCodeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.TestHookCodeRequest & deftalk.v1.TestHookCodeRequest.$Shape} TestHookCodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.TestHookCodeRequest & deftalk.v1.TestHookCodeRequest.$Shape;

            /**
             * Verifies a TestHookCodeRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TestHookCodeRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TestHookCodeRequest
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.TestHookCodeRequest;

            /**
             * Creates a plain object from a TestHookCodeRequest message. Also converts values to other types if specified.
             * @param m TestHookCodeRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.TestHookCodeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TestHookCodeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TestHookCodeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TestHookCodeRequest {

            /** Properties of a TestHookCodeRequest. */
            interface $Properties {

                /** TestHookCodeRequest phoneNumber */
                phoneNumber?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TestHookCodeRequest. */
            type $Shape = deftalk.v1.TestHookCodeRequest.$Properties;
        }

        /**
         * Properties of a TestHookCode.
         * @deprecated Use deftalk.v1.TestHookCode.$Properties instead.
         */
        interface ITestHookCode extends deftalk.v1.TestHookCode.$Properties {
        }

        /** Represents a TestHookCode. */
        class TestHookCode {

            /**
             * Constructs a new TestHookCode.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.TestHookCode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TestHookCode phoneNumber. */
            phoneNumber: string;

            /** TestHookCode verificationCode. */
            verificationCode: string;

            /**
             * Creates a new TestHookCode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TestHookCode instance
             */
            static create(properties: deftalk.v1.TestHookCode.$Shape): deftalk.v1.TestHookCode & deftalk.v1.TestHookCode.$Shape;
            static create(properties?: deftalk.v1.TestHookCode.$Properties): deftalk.v1.TestHookCode;

            /**
             * Encodes the specified TestHookCode message. Does not implicitly {@link deftalk.v1.TestHookCode.verify|verify} messages.
             * @param m TestHookCode message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.TestHookCode.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TestHookCode message, length delimited. Does not implicitly {@link deftalk.v1.TestHookCode.verify|verify} messages.
             * @param message TestHookCode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.TestHookCode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TestHookCode message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.TestHookCode & deftalk.v1.TestHookCode.$Shape} TestHookCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.TestHookCode & deftalk.v1.TestHookCode.$Shape;

            /**
             * Decodes a TestHookCode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.TestHookCode & deftalk.v1.TestHookCode.$Shape} TestHookCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.TestHookCode & deftalk.v1.TestHookCode.$Shape;

            /**
             * Verifies a TestHookCode message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TestHookCode message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TestHookCode
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.TestHookCode;

            /**
             * Creates a plain object from a TestHookCode message. Also converts values to other types if specified.
             * @param m TestHookCode
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.TestHookCode, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TestHookCode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TestHookCode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TestHookCode {

            /** Properties of a TestHookCode. */
            interface $Properties {

                /** TestHookCode phoneNumber */
                phoneNumber?: (string|null);

                /** TestHookCode verificationCode */
                verificationCode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TestHookCode. */
            type $Shape = deftalk.v1.TestHookCode.$Properties;
        }

        /**
         * Properties of a SyncRecord.
         * @deprecated Use deftalk.v1.SyncRecord.$Properties instead.
         */
        interface ISyncRecord extends deftalk.v1.SyncRecord.$Properties {
        }

        /** Represents a SyncRecord. */
        class SyncRecord {

            /**
             * Constructs a new SyncRecord.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SyncRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncRecord version. */
            version: (number|Long);

            /** SyncRecord ciphertext. */
            ciphertext: Uint8Array;

            /**
             * Creates a new SyncRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncRecord instance
             */
            static create(properties: deftalk.v1.SyncRecord.$Shape): deftalk.v1.SyncRecord & deftalk.v1.SyncRecord.$Shape;
            static create(properties?: deftalk.v1.SyncRecord.$Properties): deftalk.v1.SyncRecord;

            /**
             * Encodes the specified SyncRecord message. Does not implicitly {@link deftalk.v1.SyncRecord.verify|verify} messages.
             * @param m SyncRecord message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SyncRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SyncRecord message, length delimited. Does not implicitly {@link deftalk.v1.SyncRecord.verify|verify} messages.
             * @param message SyncRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SyncRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncRecord message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SyncRecord & deftalk.v1.SyncRecord.$Shape} SyncRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SyncRecord & deftalk.v1.SyncRecord.$Shape;

            /**
             * Decodes a SyncRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SyncRecord & deftalk.v1.SyncRecord.$Shape} SyncRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SyncRecord & deftalk.v1.SyncRecord.$Shape;

            /**
             * Verifies a SyncRecord message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncRecord message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncRecord
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SyncRecord;

            /**
             * Creates a plain object from a SyncRecord message. Also converts values to other types if specified.
             * @param m SyncRecord
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SyncRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncRecord {

            /** Properties of a SyncRecord. */
            interface $Properties {

                /** SyncRecord version */
                version?: (number|Long|null);

                /** SyncRecord ciphertext */
                ciphertext?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncRecord. */
            type $Shape = deftalk.v1.SyncRecord.$Properties;
        }

        /**
         * Properties of a SyncWrite.
         * @deprecated Use deftalk.v1.SyncWrite.$Properties instead.
         */
        interface ISyncWrite extends deftalk.v1.SyncWrite.$Properties {
        }

        /** Represents a SyncWrite. */
        class SyncWrite {

            /**
             * Constructs a new SyncWrite.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SyncWrite.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncWrite expectedVersion. */
            expectedVersion: (number|Long);

            /** SyncWrite ciphertext. */
            ciphertext: Uint8Array;

            /**
             * Creates a new SyncWrite instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncWrite instance
             */
            static create(properties: deftalk.v1.SyncWrite.$Shape): deftalk.v1.SyncWrite & deftalk.v1.SyncWrite.$Shape;
            static create(properties?: deftalk.v1.SyncWrite.$Properties): deftalk.v1.SyncWrite;

            /**
             * Encodes the specified SyncWrite message. Does not implicitly {@link deftalk.v1.SyncWrite.verify|verify} messages.
             * @param m SyncWrite message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SyncWrite.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SyncWrite message, length delimited. Does not implicitly {@link deftalk.v1.SyncWrite.verify|verify} messages.
             * @param message SyncWrite message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SyncWrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncWrite message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SyncWrite & deftalk.v1.SyncWrite.$Shape} SyncWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SyncWrite & deftalk.v1.SyncWrite.$Shape;

            /**
             * Decodes a SyncWrite message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SyncWrite & deftalk.v1.SyncWrite.$Shape} SyncWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SyncWrite & deftalk.v1.SyncWrite.$Shape;

            /**
             * Verifies a SyncWrite message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncWrite message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncWrite
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SyncWrite;

            /**
             * Creates a plain object from a SyncWrite message. Also converts values to other types if specified.
             * @param m SyncWrite
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SyncWrite, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncWrite to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncWrite
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncWrite {

            /** Properties of a SyncWrite. */
            interface $Properties {

                /** SyncWrite expectedVersion */
                expectedVersion?: (number|Long|null);

                /** SyncWrite ciphertext */
                ciphertext?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncWrite. */
            type $Shape = deftalk.v1.SyncWrite.$Properties;
        }

        /**
         * Properties of a SyncWriteResult.
         * @deprecated Use deftalk.v1.SyncWriteResult.$Properties instead.
         */
        interface ISyncWriteResult extends deftalk.v1.SyncWriteResult.$Properties {
        }

        /** Represents a SyncWriteResult. */
        class SyncWriteResult {

            /**
             * Constructs a new SyncWriteResult.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SyncWriteResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncWriteResult version. */
            version: (number|Long);

            /**
             * Creates a new SyncWriteResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncWriteResult instance
             */
            static create(properties: deftalk.v1.SyncWriteResult.$Shape): deftalk.v1.SyncWriteResult & deftalk.v1.SyncWriteResult.$Shape;
            static create(properties?: deftalk.v1.SyncWriteResult.$Properties): deftalk.v1.SyncWriteResult;

            /**
             * Encodes the specified SyncWriteResult message. Does not implicitly {@link deftalk.v1.SyncWriteResult.verify|verify} messages.
             * @param m SyncWriteResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SyncWriteResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SyncWriteResult message, length delimited. Does not implicitly {@link deftalk.v1.SyncWriteResult.verify|verify} messages.
             * @param message SyncWriteResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SyncWriteResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncWriteResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SyncWriteResult & deftalk.v1.SyncWriteResult.$Shape} SyncWriteResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SyncWriteResult & deftalk.v1.SyncWriteResult.$Shape;

            /**
             * Decodes a SyncWriteResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SyncWriteResult & deftalk.v1.SyncWriteResult.$Shape} SyncWriteResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SyncWriteResult & deftalk.v1.SyncWriteResult.$Shape;

            /**
             * Verifies a SyncWriteResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncWriteResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncWriteResult
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SyncWriteResult;

            /**
             * Creates a plain object from a SyncWriteResult message. Also converts values to other types if specified.
             * @param m SyncWriteResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SyncWriteResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncWriteResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncWriteResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncWriteResult {

            /** Properties of a SyncWriteResult. */
            interface $Properties {

                /** SyncWriteResult version */
                version?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncWriteResult. */
            type $Shape = deftalk.v1.SyncWriteResult.$Properties;
        }

        /**
         * Properties of a SyncContact.
         * @deprecated Use deftalk.v1.SyncContact.$Properties instead.
         */
        interface ISyncContact extends deftalk.v1.SyncContact.$Properties {
        }

        /** Represents a SyncContact. */
        class SyncContact {

            /**
             * Constructs a new SyncContact.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SyncContact.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncContact phoneNumber. */
            phoneNumber: string;

            /** SyncContact accountId. */
            accountId: Uint8Array;

            /**
             * Creates a new SyncContact instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncContact instance
             */
            static create(properties: deftalk.v1.SyncContact.$Shape): deftalk.v1.SyncContact & deftalk.v1.SyncContact.$Shape;
            static create(properties?: deftalk.v1.SyncContact.$Properties): deftalk.v1.SyncContact;

            /**
             * Encodes the specified SyncContact message. Does not implicitly {@link deftalk.v1.SyncContact.verify|verify} messages.
             * @param m SyncContact message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SyncContact.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SyncContact message, length delimited. Does not implicitly {@link deftalk.v1.SyncContact.verify|verify} messages.
             * @param message SyncContact message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SyncContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncContact message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SyncContact & deftalk.v1.SyncContact.$Shape} SyncContact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SyncContact & deftalk.v1.SyncContact.$Shape;

            /**
             * Decodes a SyncContact message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SyncContact & deftalk.v1.SyncContact.$Shape} SyncContact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SyncContact & deftalk.v1.SyncContact.$Shape;

            /**
             * Verifies a SyncContact message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncContact message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncContact
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SyncContact;

            /**
             * Creates a plain object from a SyncContact message. Also converts values to other types if specified.
             * @param m SyncContact
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SyncContact, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncContact to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncContact
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncContact {

            /** Properties of a SyncContact. */
            interface $Properties {

                /** SyncContact phoneNumber */
                phoneNumber?: (string|null);

                /** SyncContact accountId */
                accountId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncContact. */
            type $Shape = deftalk.v1.SyncContact.$Properties;
        }

        /**
         * Properties of a SyncGroup.
         * @deprecated Use deftalk.v1.SyncGroup.$Properties instead.
         */
        interface ISyncGroup extends deftalk.v1.SyncGroup.$Properties {
        }

        /** Represents a SyncGroup. */
        class SyncGroup {

            /**
             * Constructs a new SyncGroup.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SyncGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncGroup groupId. */
            groupId: Uint8Array;

            /** SyncGroup name. */
            name: string;

            /**
             * Creates a new SyncGroup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncGroup instance
             */
            static create(properties: deftalk.v1.SyncGroup.$Shape): deftalk.v1.SyncGroup & deftalk.v1.SyncGroup.$Shape;
            static create(properties?: deftalk.v1.SyncGroup.$Properties): deftalk.v1.SyncGroup;

            /**
             * Encodes the specified SyncGroup message. Does not implicitly {@link deftalk.v1.SyncGroup.verify|verify} messages.
             * @param m SyncGroup message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SyncGroup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SyncGroup message, length delimited. Does not implicitly {@link deftalk.v1.SyncGroup.verify|verify} messages.
             * @param message SyncGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SyncGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncGroup message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SyncGroup & deftalk.v1.SyncGroup.$Shape} SyncGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SyncGroup & deftalk.v1.SyncGroup.$Shape;

            /**
             * Decodes a SyncGroup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SyncGroup & deftalk.v1.SyncGroup.$Shape} SyncGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SyncGroup & deftalk.v1.SyncGroup.$Shape;

            /**
             * Verifies a SyncGroup message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncGroup message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncGroup
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SyncGroup;

            /**
             * Creates a plain object from a SyncGroup message. Also converts values to other types if specified.
             * @param m SyncGroup
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SyncGroup, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncGroup to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncGroup
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncGroup {

            /** Properties of a SyncGroup. */
            interface $Properties {

                /** SyncGroup groupId */
                groupId?: (Uint8Array|null);

                /** SyncGroup name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncGroup. */
            type $Shape = deftalk.v1.SyncGroup.$Properties;
        }

        /**
         * Properties of a SyncData.
         * @deprecated Use deftalk.v1.SyncData.$Properties instead.
         */
        interface ISyncData extends deftalk.v1.SyncData.$Properties {
        }

        /** Represents a SyncData. */
        class SyncData {

            /**
             * Constructs a new SyncData.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.SyncData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncData contacts. */
            contacts: deftalk.v1.SyncContact.$Properties[];

            /** SyncData settings. */
            settings: { [k: string]: string };

            /** SyncData groups. */
            groups: deftalk.v1.SyncGroup.$Properties[];

            /** SyncData padding. */
            padding: Uint8Array;

            /**
             * Creates a new SyncData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncData instance
             */
            static create(properties: deftalk.v1.SyncData.$Shape): deftalk.v1.SyncData & deftalk.v1.SyncData.$Shape;
            static create(properties?: deftalk.v1.SyncData.$Properties): deftalk.v1.SyncData;

            /**
             * Encodes the specified SyncData message. Does not implicitly {@link deftalk.v1.SyncData.verify|verify} messages.
             * @param m SyncData message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.SyncData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SyncData message, length delimited. Does not implicitly {@link deftalk.v1.SyncData.verify|verify} messages.
             * @param message SyncData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.SyncData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncData message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.SyncData & deftalk.v1.SyncData.$Shape} SyncData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.SyncData & deftalk.v1.SyncData.$Shape;

            /**
             * Decodes a SyncData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.SyncData & deftalk.v1.SyncData.$Shape} SyncData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.SyncData & deftalk.v1.SyncData.$Shape;

            /**
             * Verifies a SyncData message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncData message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncData
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.SyncData;

            /**
             * Creates a plain object from a SyncData message. Also converts values to other types if specified.
             * @param m SyncData
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.SyncData, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncData {

            /** Properties of a SyncData. */
            interface $Properties {

                /** SyncData contacts */
                contacts?: (deftalk.v1.SyncContact.$Properties[]|null);

                /** SyncData settings */
                settings?: ({ [k: string]: string }|null);

                /** SyncData groups */
                groups?: (deftalk.v1.SyncGroup.$Properties[]|null);

                /** SyncData padding */
                padding?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncData. */
            type $Shape = deftalk.v1.SyncData.$Properties;
        }

        /**
         * Properties of a ClockAdvance.
         * @deprecated Use deftalk.v1.ClockAdvance.$Properties instead.
         */
        interface IClockAdvance extends deftalk.v1.ClockAdvance.$Properties {
        }

        /** Represents a ClockAdvance. */
        class ClockAdvance {

            /**
             * Constructs a new ClockAdvance.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ClockAdvance.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClockAdvance byMs. */
            byMs: (number|Long);

            /**
             * Creates a new ClockAdvance instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClockAdvance instance
             */
            static create(properties: deftalk.v1.ClockAdvance.$Shape): deftalk.v1.ClockAdvance & deftalk.v1.ClockAdvance.$Shape;
            static create(properties?: deftalk.v1.ClockAdvance.$Properties): deftalk.v1.ClockAdvance;

            /**
             * Encodes the specified ClockAdvance message. Does not implicitly {@link deftalk.v1.ClockAdvance.verify|verify} messages.
             * @param m ClockAdvance message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ClockAdvance.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClockAdvance message, length delimited. Does not implicitly {@link deftalk.v1.ClockAdvance.verify|verify} messages.
             * @param message ClockAdvance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ClockAdvance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClockAdvance message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ClockAdvance & deftalk.v1.ClockAdvance.$Shape} ClockAdvance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ClockAdvance & deftalk.v1.ClockAdvance.$Shape;

            /**
             * Decodes a ClockAdvance message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ClockAdvance & deftalk.v1.ClockAdvance.$Shape} ClockAdvance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ClockAdvance & deftalk.v1.ClockAdvance.$Shape;

            /**
             * Verifies a ClockAdvance message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ClockAdvance message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ClockAdvance
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ClockAdvance;

            /**
             * Creates a plain object from a ClockAdvance message. Also converts values to other types if specified.
             * @param m ClockAdvance
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ClockAdvance, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClockAdvance to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClockAdvance
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClockAdvance {

            /** Properties of a ClockAdvance. */
            interface $Properties {

                /** ClockAdvance byMs */
                byMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClockAdvance. */
            type $Shape = deftalk.v1.ClockAdvance.$Properties;
        }

        /**
         * Properties of a ClockSet.
         * @deprecated Use deftalk.v1.ClockSet.$Properties instead.
         */
        interface IClockSet extends deftalk.v1.ClockSet.$Properties {
        }

        /** Represents a ClockSet. */
        class ClockSet {

            /**
             * Constructs a new ClockSet.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ClockSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClockSet nowMs. */
            nowMs: (number|Long);

            /**
             * Creates a new ClockSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClockSet instance
             */
            static create(properties: deftalk.v1.ClockSet.$Shape): deftalk.v1.ClockSet & deftalk.v1.ClockSet.$Shape;
            static create(properties?: deftalk.v1.ClockSet.$Properties): deftalk.v1.ClockSet;

            /**
             * Encodes the specified ClockSet message. Does not implicitly {@link deftalk.v1.ClockSet.verify|verify} messages.
             * @param m ClockSet message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ClockSet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClockSet message, length delimited. Does not implicitly {@link deftalk.v1.ClockSet.verify|verify} messages.
             * @param message ClockSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ClockSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClockSet message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ClockSet & deftalk.v1.ClockSet.$Shape} ClockSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ClockSet & deftalk.v1.ClockSet.$Shape;

            /**
             * Decodes a ClockSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ClockSet & deftalk.v1.ClockSet.$Shape} ClockSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ClockSet & deftalk.v1.ClockSet.$Shape;

            /**
             * Verifies a ClockSet message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ClockSet message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ClockSet
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ClockSet;

            /**
             * Creates a plain object from a ClockSet message. Also converts values to other types if specified.
             * @param m ClockSet
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ClockSet, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClockSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClockSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClockSet {

            /** Properties of a ClockSet. */
            interface $Properties {

                /** ClockSet nowMs */
                nowMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClockSet. */
            type $Shape = deftalk.v1.ClockSet.$Properties;
        }

        /**
         * Properties of a ClockState.
         * @deprecated Use deftalk.v1.ClockState.$Properties instead.
         */
        interface IClockState extends deftalk.v1.ClockState.$Properties {
        }

        /** Represents a ClockState. */
        class ClockState {

            /**
             * Constructs a new ClockState.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.ClockState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClockState nowMs. */
            nowMs: (number|Long);

            /** ClockState offsetMs. */
            offsetMs: (number|Long);

            /**
             * Creates a new ClockState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClockState instance
             */
            static create(properties: deftalk.v1.ClockState.$Shape): deftalk.v1.ClockState & deftalk.v1.ClockState.$Shape;
            static create(properties?: deftalk.v1.ClockState.$Properties): deftalk.v1.ClockState;

            /**
             * Encodes the specified ClockState message. Does not implicitly {@link deftalk.v1.ClockState.verify|verify} messages.
             * @param m ClockState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.ClockState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClockState message, length delimited. Does not implicitly {@link deftalk.v1.ClockState.verify|verify} messages.
             * @param message ClockState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.ClockState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClockState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.ClockState & deftalk.v1.ClockState.$Shape} ClockState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.ClockState & deftalk.v1.ClockState.$Shape;

            /**
             * Decodes a ClockState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.ClockState & deftalk.v1.ClockState.$Shape} ClockState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.ClockState & deftalk.v1.ClockState.$Shape;

            /**
             * Verifies a ClockState message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ClockState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ClockState
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.ClockState;

            /**
             * Creates a plain object from a ClockState message. Also converts values to other types if specified.
             * @param m ClockState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.ClockState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClockState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClockState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClockState {

            /** Properties of a ClockState. */
            interface $Properties {

                /** ClockState nowMs */
                nowMs?: (number|Long|null);

                /** ClockState offsetMs */
                offsetMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClockState. */
            type $Shape = deftalk.v1.ClockState.$Properties;
        }

        /**
         * Properties of a StorageDump.
         * @deprecated Use deftalk.v1.StorageDump.$Properties instead.
         */
        interface IStorageDump extends deftalk.v1.StorageDump.$Properties {
        }

        /** Represents a StorageDump. */
        class StorageDump {

            /**
             * Constructs a new StorageDump.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.StorageDump.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StorageDump files. */
            files: deftalk.v1.StorageFile.$Properties[];

            /**
             * Creates a new StorageDump instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StorageDump instance
             */
            static create(properties: deftalk.v1.StorageDump.$Shape): deftalk.v1.StorageDump & deftalk.v1.StorageDump.$Shape;
            static create(properties?: deftalk.v1.StorageDump.$Properties): deftalk.v1.StorageDump;

            /**
             * Encodes the specified StorageDump message. Does not implicitly {@link deftalk.v1.StorageDump.verify|verify} messages.
             * @param m StorageDump message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.StorageDump.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StorageDump message, length delimited. Does not implicitly {@link deftalk.v1.StorageDump.verify|verify} messages.
             * @param message StorageDump message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.StorageDump.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StorageDump message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.StorageDump & deftalk.v1.StorageDump.$Shape} StorageDump
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.StorageDump & deftalk.v1.StorageDump.$Shape;

            /**
             * Decodes a StorageDump message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.StorageDump & deftalk.v1.StorageDump.$Shape} StorageDump
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.StorageDump & deftalk.v1.StorageDump.$Shape;

            /**
             * Verifies a StorageDump message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a StorageDump message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StorageDump
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.StorageDump;

            /**
             * Creates a plain object from a StorageDump message. Also converts values to other types if specified.
             * @param m StorageDump
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.StorageDump, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StorageDump to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StorageDump
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StorageDump {

            /** Properties of a StorageDump. */
            interface $Properties {

                /** StorageDump files */
                files?: (deftalk.v1.StorageFile.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StorageDump. */
            type $Shape = deftalk.v1.StorageDump.$Properties;
        }

        /**
         * Properties of a StorageFile.
         * @deprecated Use deftalk.v1.StorageFile.$Properties instead.
         */
        interface IStorageFile extends deftalk.v1.StorageFile.$Properties {
        }

        /** Represents a StorageFile. */
        class StorageFile {

            /**
             * Constructs a new StorageFile.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.StorageFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StorageFile name. */
            name: string;

            /** StorageFile content. */
            content: Uint8Array;

            /**
             * Creates a new StorageFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StorageFile instance
             */
            static create(properties: deftalk.v1.StorageFile.$Shape): deftalk.v1.StorageFile & deftalk.v1.StorageFile.$Shape;
            static create(properties?: deftalk.v1.StorageFile.$Properties): deftalk.v1.StorageFile;

            /**
             * Encodes the specified StorageFile message. Does not implicitly {@link deftalk.v1.StorageFile.verify|verify} messages.
             * @param m StorageFile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.StorageFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StorageFile message, length delimited. Does not implicitly {@link deftalk.v1.StorageFile.verify|verify} messages.
             * @param message StorageFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.StorageFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StorageFile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.StorageFile & deftalk.v1.StorageFile.$Shape} StorageFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.StorageFile & deftalk.v1.StorageFile.$Shape;

            /**
             * Decodes a StorageFile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.StorageFile & deftalk.v1.StorageFile.$Shape} StorageFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.StorageFile & deftalk.v1.StorageFile.$Shape;

            /**
             * Verifies a StorageFile message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a StorageFile message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StorageFile
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.StorageFile;

            /**
             * Creates a plain object from a StorageFile message. Also converts values to other types if specified.
             * @param m StorageFile
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.StorageFile, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StorageFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StorageFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StorageFile {

            /** Properties of a StorageFile. */
            interface $Properties {

                /** StorageFile name */
                name?: (string|null);

                /** StorageFile content */
                content?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StorageFile. */
            type $Shape = deftalk.v1.StorageFile.$Properties;
        }

        /**
         * Properties of a LogLines.
         * @deprecated Use deftalk.v1.LogLines.$Properties instead.
         */
        interface ILogLines extends deftalk.v1.LogLines.$Properties {
        }

        /** Represents a LogLines. */
        class LogLines {

            /**
             * Constructs a new LogLines.
             * @param [p] Properties to set
             */
            constructor(p?: deftalk.v1.LogLines.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogLines lines. */
            lines: string[];

            /**
             * Creates a new LogLines instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogLines instance
             */
            static create(properties: deftalk.v1.LogLines.$Shape): deftalk.v1.LogLines & deftalk.v1.LogLines.$Shape;
            static create(properties?: deftalk.v1.LogLines.$Properties): deftalk.v1.LogLines;

            /**
             * Encodes the specified LogLines message. Does not implicitly {@link deftalk.v1.LogLines.verify|verify} messages.
             * @param m LogLines message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: deftalk.v1.LogLines.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LogLines message, length delimited. Does not implicitly {@link deftalk.v1.LogLines.verify|verify} messages.
             * @param message LogLines message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: deftalk.v1.LogLines.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogLines message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {deftalk.v1.LogLines & deftalk.v1.LogLines.$Shape} LogLines
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): deftalk.v1.LogLines & deftalk.v1.LogLines.$Shape;

            /**
             * Decodes a LogLines message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {deftalk.v1.LogLines & deftalk.v1.LogLines.$Shape} LogLines
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): deftalk.v1.LogLines & deftalk.v1.LogLines.$Shape;

            /**
             * Verifies a LogLines message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a LogLines message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LogLines
             */
            static fromObject(d: { [k: string]: any }): deftalk.v1.LogLines;

            /**
             * Creates a plain object from a LogLines message. Also converts values to other types if specified.
             * @param m LogLines
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: deftalk.v1.LogLines, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogLines to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogLines
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogLines {

            /** Properties of a LogLines. */
            interface $Properties {

                /** LogLines lines */
                lines?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogLines. */
            type $Shape = deftalk.v1.LogLines.$Properties;
        }
    }
}
