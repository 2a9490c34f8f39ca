package dev.kamkit.json.deser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Checks bytes against UTF-8 as RFC 3629 defines it, as they go by, and remembers the first
 * sequence that is not UTF-8. Jackson decodes overlong encodings ({@code C0 AF} as {@code /}) and
 * sequences above U+10FFFF without complaint; {@link Cursor} asks this scanner instead, for the
 * value that holds the bytes.
 */
final class Utf8Scanner {
  /** What a problem with the encoding expects. */
  static final String EXPECTED = "well-formed UTF-8 (RFC 3629)";

  /** Eight bytes at once, to skip ASCII runs; any order will do for the high-bit test. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long NON_ASCII = 0x8080808080808080L;

  private long offset;
  private long start;
  private final int[] sequence = new int[4];
  private int length;
  private int need;
  private int codePoint;
  private long errorOffset = Long.MAX_VALUE;
  private String error = "";

  /**
   * True if all of {@code bytes} is well-formed UTF-8: the whole-input check, without saying where
   * (a reader that finds it false reads again through {@link Utf8Input}, which places the problem).
   */
  static boolean isWellFormed(byte[] bytes) {
    Utf8Scanner scanner = new Utf8Scanner();
    scanner.scan(bytes, 0, bytes.length);
    scanner.end();
    return !scanner.hasError();
  }

  /** True once a sequence that is not UTF-8 has been seen. */
  boolean hasError() {
    return errorOffset != Long.MAX_VALUE;
  }

  /** The offset of the first sequence that is not UTF-8, or {@link Long#MAX_VALUE} if none. */
  long errorOffset() {
    return errorOffset;
  }

  /** The first sequence that is not UTF-8, for a problem's {@code found}; empty if none. */
  String error() {
    return error;
  }

  /** Checks the next bytes; runs of ASCII, most of any document, eight at a time. */
  void scan(byte[] bytes, int off, int len) {
    int end = off + len;
    int i = off;
    while (i < end && !hasError()) {
      if (need == 0) {
        int from = i;
        while (i + Long.BYTES <= end && ((long) LONGS.get(bytes, i) & NON_ASCII) == 0) {
          i += Long.BYTES;
        }
        offset += i - from;
        if (i == end) {
          return;
        }
      }
      byte b = bytes[i++];
      if (b >= 0 && need == 0) {
        offset++;
      } else {
        scan(b & 0xFF);
      }
    }
  }

  /** Checks the next byte, 0 to 255. */
  void scan(int b) {
    if (errorOffset != Long.MAX_VALUE) {
      return;
    }
    if (need == 0) {
      start = offset;
      length = 0;
      sequence[length++] = b;
      if (b >= 0x80) {
        lead(b);
      }
    } else if (b < 0x80 || b > 0xBF) {
      fail("an incomplete sequence");
    } else {
      sequence[length++] = b;
      codePoint = (codePoint << 6) | (b & 0x3F);
      if (--need == 0) {
        complete();
      }
    }
    offset++;
  }

  /** Checks that the input did not stop inside a sequence. */
  void end() {
    if (need > 0 && !hasError()) {
      fail("an incomplete sequence");
    }
  }

  private void lead(int b) {
    if (b < 0xC0) {
      fail("a continuation byte without a lead byte");
    } else if (b < 0xE0) {
      need = 1;
      codePoint = b & 0x1F;
    } else if (b < 0xF0) {
      need = 2;
      codePoint = b & 0x0F;
    } else if (b < 0xF8) {
      need = 3;
      codePoint = b & 0x07;
    } else {
      fail("a byte that never occurs in UTF-8");
    }
  }

  private void complete() {
    int min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (codePoint < min) {
      fail("an overlong encoding of " + codePoint(codePoint));
    } else if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
      fail("the UTF-16 surrogate " + codePoint(codePoint) + ", which UTF-8 does not encode");
    } else if (codePoint > 0x10FFFF) {
      fail("a code point above U+10FFFF");
    }
  }

  private void fail(String what) {
    StringBuilder bytes = new StringBuilder();
    for (int i = 0; i < length; i++) {
      bytes.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", sequence[i]));
    }
    errorOffset = start;
    error = what + " (" + (length == 1 ? "byte " : "bytes ") + bytes + " at byte " + start + ")";
    need = 0;
  }

  private static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }
}
