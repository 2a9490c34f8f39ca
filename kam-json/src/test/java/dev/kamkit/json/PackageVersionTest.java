package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;

class PackageVersionTest {

  @Test
  void theModuleReportsTheVersionTheBuildStamped() throws IOException {
    Version version = new KamkitModule().version();
    assertFalse(version.isUnknownVersion());
    assertEquals("dev.kamkit", version.getGroupId());
    assertEquals("kam-json", version.getArtifactId());
    assertEquals(pomVersion(), version.toString());
    assertEquals(PackageVersion.VERSION, new PackageVersion().version());
  }

  /** The version in kam-json's pom (its parent's), which the build stamps. */
  private static String pomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m =
        Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertTrue(m.find(), "no parent version in kam-json's pom.xml");
    return m.group(1);
  }
}
