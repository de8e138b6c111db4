/**
 * Receipt handles that the server can recognise without remembering every one it issued.
 *
 * A handle is `1-` + base64url(encrypted(queue uid, message seq, generation, nonce) + MAC). The
 * payload is one AES block, so handles look opaque like real ones. The MAC tells a handle
 * this server issued for this queue from one it never issued (→ 400 ReceiptHandleError); the
 * generation tells the newest handle of a message from a superseded one (→ 404 MessageNotExist).
 * Only `[A-Za-z0-9_-]` appear, because the Node SDK puts handles into the query string unencoded
 * and signs the unencoded form.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/** What a valid handle names. */
export interface HandleParts {
  queueUid: number;
  messageSeq: number;
  generation: number;
}

const PREFIX = '1-';
const PAYLOAD_BYTES = 16;
const MAC_BYTES = 8;

/** Issues and reads receipt handles with a per-server secret. */
export class ReceiptHandleCodec {
  private readonly macKey = randomBytes(32);
  private readonly cipherKey = randomBytes(16);

  private mac(sealed: Buffer): Buffer {
    return createHmac('sha256', this.macKey).update(sealed).digest().subarray(0, MAC_BYTES);
  }

  private crypt(block: Buffer, encrypt: boolean): Buffer {
    const cipher = encrypt
      ? createCipheriv('aes-128-ecb', this.cipherKey, null)
      : createDecipheriv('aes-128-ecb', this.cipherKey, null);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(block), cipher.final()]);
  }

  /** A new handle for one generation of one message. */
  issue(parts: HandleParts): string {
    const payload = Buffer.alloc(PAYLOAD_BYTES);
    payload.writeUInt32BE(parts.queueUid, 0);
    payload.writeUIntBE(parts.messageSeq, 4, 6);
    payload.writeUInt32BE(parts.generation, 10);
    // A nonce makes every handle unique even for the same generation.
    randomBytes(2).copy(payload, 14);
    const sealed = this.crypt(payload, true);
    return PREFIX + Buffer.concat([sealed, this.mac(sealed)]).toString('base64url');
  }

  /** Reads a handle; undefined when this server never issued it. */
  read(handle: string): HandleParts | undefined {
    if (!handle.startsWith(PREFIX)) return undefined;
    const encoded = handle.slice(PREFIX.length);
    if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return undefined;
    const raw = Buffer.from(encoded, 'base64url');
    if (raw.length !== PAYLOAD_BYTES + MAC_BYTES || raw.toString('base64url') !== encoded)
      return undefined;
    const sealed = raw.subarray(0, PAYLOAD_BYTES);
    if (!timingSafeEqual(this.mac(sealed), raw.subarray(PAYLOAD_BYTES))) return undefined;
    const payload = this.crypt(sealed, false);
    return {
      queueUid: payload.readUInt32BE(0),
      messageSeq: payload.readUIntBE(4, 6),
      generation: payload.readUInt32BE(10),
    };
  }
}
