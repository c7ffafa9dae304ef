/** A prop path as users write it: `documents.documentTypes[0].configurations`. */
export { fieldPath as propPath } from "../model";
