package dev.kamkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the golden documents under {@code src/test/resources/dev/kamkit/json/golden}, and under
 * {@code compat} the documents earlier format versions wrote, kept as they were.
 */
final class Golden {
  private Golden() {}

  static String read(String name) {
    return resource("golden/" + name);
  }

  static String compat(String name) {
    return resource("compat/" + name);
  }

  private static String resource(String path) {
    try (InputStream in = Golden.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test document " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
