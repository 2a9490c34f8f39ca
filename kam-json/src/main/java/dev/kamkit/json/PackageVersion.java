package dev.kamkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of kam-json, as the build stamped it: what {@link KamkitModule#version()} reports, in
 * the manner of Jackson's own modules' {@code PackageVersion}.
 */
public final class PackageVersion implements Versioned {
  /** This artifact's group, artifact and version, for example {@code dev.kamkit:kam-json:0.1.0}. */
  public static final Version VERSION = read();

  private static final String RESOURCE = "package-version.properties";

  /** For Jackson's {@link Versioned} lookups; {@link #VERSION} is the value. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }

  private static Version read() {
    Properties build = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing beside " + PackageVersion.class.getName() + ": a broken build");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        build.getProperty("version"),
        build.getProperty("groupId"),
        build.getProperty("artifactId"));
  }
}
