import * as protobuf from "protobufjs/minimal";
import { tfplugin6 } from "../../../lib/tfplugin6/tfplugin6";

// 64-bit protobuf integers (schema versions, list indexes) decode as plain numbers, with or without the
// optional `long` package being resolvable next to the bundle.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

/** The generated tfplugin6 message classes, configured for plain-number int64 fields. */
export { tfplugin6 };
