package dev.kamkit.json.deser;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream of bytes checked against UTF-8 as they are read, so that a read through it refuses
 * overlong encodings, surrogates and code points above U+10FFFF, which Jackson decodes silently.
 * {@code KamJson} reads its {@code byte[]} and {@code InputStream} input through one; a reader
 * finds it as its parser's input source. Neither closes nor buffers the stream it wraps.
 */
public final class Utf8Input extends FilterInputStream {
  private final Utf8Scanner scanner = new Utf8Scanner();

  private Utf8Input(InputStream in) {
    super(in);
  }

  /** Checks the bytes read from {@code in}. */
  public static InputStream of(InputStream in) {
    return new Utf8Input(in);
  }

  /** Checks {@code bytes}. */
  public static InputStream of(byte[] bytes) {
    return new Utf8Input(new ByteArrayInputStream(bytes));
  }

  /**
   * True if all of {@code bytes} is well-formed UTF-8. Such bytes (nearly all input) can go to
   * Jackson's byte-array parser as they are, which is faster than a stream; only the rest needs
   * reading through {@link #of(byte[])}, which places the problem.
   */
  public static boolean isWellFormed(byte[] bytes) {
    return Utf8Scanner.isWellFormed(bytes);
  }

  Utf8Scanner scanner() {
    return scanner;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      scanner.end();
    } else {
      scanner.scan(b);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      scanner.end();
    } else {
      scanner.scan(b, off, n);
    }
    return n;
  }

  /** Reads what it skips, so that it is checked too. */
  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported: a reset would check bytes twice
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }
}
