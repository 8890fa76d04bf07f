/**
 * A minimal reader for the entries of a jar (zip) file: enough to read class-file headers and to
 * verify a patched jar independently of the tool that wrote it. Stored and deflated entries only,
 * no zip64 (jars of a few MB never need it).
 */
import { constants, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The uncompressed bytes. */
  read(): Buffer;
  /** At least the first `length` uncompressed bytes (fewer only if the entry is shorter), inflating as little as it can. */
  readHead(length: number): Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export function readZipEntries(zip: Buffer, zipName: string): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip, zipName);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_HEADER) {
      throw new Error(`${zipName}: central directory entry ${index} is corrupt`);
    }
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const compressed = (): Buffer => {
      if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER)
        throw new Error(`${zipName}!${name}: bad local header`);
      if (method !== STORED && method !== DEFLATED)
        throw new Error(`${zipName}!${name}: unsupported compression method ${method}`);
      const dataStart =
        localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      return zip.subarray(dataStart, dataStart + compressedSize);
    };
    const read = (): Buffer => (method === STORED ? Buffer.from(compressed()) : inflateRawSync(compressed()));
    entries.push({
      name,
      read,
      readHead: (length) => {
        const data = compressed();
        if (method === STORED) return Buffer.from(data.subarray(0, length));
        // A deflate stream's first block can be read from a prefix: sync-flush what it gives.
        const head = inflateRawSync(data.subarray(0, Math.min(data.length, 1024)), {
          finishFlush: constants.Z_SYNC_FLUSH,
        });
        return head.length >= length || data.length <= 1024 ? head : read();
      },
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(zip: Buffer, zipName: string): number {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error(`${zipName}: not a zip file (no end of central directory)`);
}
