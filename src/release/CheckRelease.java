/*
 * The release dry run's checker (docs/releasing.md). Run by `./mvnw verify` in consumer-tests, the
 * last module of the reactor, with the JDK's source launcher:
 *
 *   java src/release/CheckRelease.java --root . --gpg-skip true|false [DIR-OR-ZIP...]
 *
 * It reads the files staged by every module (each module's target/release-staging, or the given
 * directories and Central bundle zips) and fails, naming what is wrong, unless every published
 * artifact has its pom, jar, -sources.jar and -javadoc.jar (pom-packaged ones: the pom), plus the
 * test jars the BOM names, each with a .asc when signing is on (--gpg-skip false), and nothing
 * else of dev.kamkit is there. Which artifacts are published comes from one place: the parent
 * (pom.xml), the BOM (kamkit-bom/pom.xml) and the artifacts the BOM manages. Before trusting its
 * verdict it checks itself: the same files with one removed, or with an unpublished artifact
 * added, must fail. Plain JDK, no dependencies.
 */

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

public final class CheckRelease {
  private static final String GROUP_PATH = "dev/kamkit/";
  private static final String STAGING = "target/release-staging";

  private CheckRelease() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(".");
    boolean signed = false;
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
        case "--gpg-skip" -> signed = !Boolean.parseBoolean(args[++i]);
        default -> sources.add(new Source(Path.of(args[i]), null));
      }
    }
    if (sources.isEmpty()) {
      sources = stagingDirectories(root);
    }
    Element parent = read(root.resolve("pom.xml"));
    Element bom = read(root.resolve("kamkit-bom/pom.xml"));
    String version = text(parent, "version");
    List<String> problems = new ArrayList<>(bomAgreesWithParent(parent, bom));
    problems.addAll(excludedAreTheUnpublished(root, parent, bom));
    Set<String> expected = expectedFiles(parent, bom, version, signed);
    Set<String> found = stagedFiles(sources);

    if (sources.isEmpty()) {
      problems.add(
          "nothing staged: no " + STAGING + " in " + root + " or its modules (run verify)");
    }
    problems.addAll(check(expected, found, signed));
    selfTest(expected, signed, version);
    if (!problems.isEmpty()) {
      System.err.println("Release dry run: what would be published is not complete:");
      problems.forEach(p -> System.err.println("  - " + p));
      System.err.println("(staged files read from " + sources + ")");
      System.exit(1);
    }
    System.out.printf(
        "Release dry run: %d files of %s %s staged as expected (signatures %s), from %s%n",
        expected.size(), "dev.kamkit", version, signed ? "required" : "not required", sources);
  }

  /** What must be staged: the parent and the BOM (pom only), and every artifact the BOM manages. */
  static Set<String> expectedFiles(Element parent, Element bom, String version, boolean signed) {
    Set<String> files = new TreeSet<>();
    files.add(file(text(parent, "artifactId"), version, ".pom"));
    files.add(file(text(bom, "artifactId"), version, ".pom"));
    Element management = child(bom, "dependencyManagement");
    for (Element dependency : children(child(management, "dependencies"), "dependency")) {
      if (!"dev.kamkit".equals(text(dependency, "groupId"))) {
        continue;
      }
      String artifactId = text(dependency, "artifactId");
      String type = textOr(dependency, "type", "jar");
      if (type.equals("jar")) {
        files.add(file(artifactId, version, ".pom"));
        files.add(file(artifactId, version, ".jar"));
        files.add(file(artifactId, version, "-sources.jar"));
        files.add(file(artifactId, version, "-javadoc.jar"));
      } else if (type.equals("test-jar")) {
        files.add(
            file(artifactId, version, "-" + textOr(dependency, "classifier", "tests") + ".jar"));
      } else {
        files.add(file(artifactId, version, "." + type));
      }
    }
    if (signed) {
      new ArrayList<>(files).forEach(f -> files.add(f + ".asc"));
    }
    return files;
  }

  /** The problems of one staging: each expected file missing, each unexpected one present. */
  static List<String> check(Set<String> expected, Set<String> found, boolean signed) {
    List<String> problems = new ArrayList<>();
    Set<String> published = new TreeSet<>();
    expected.forEach(f -> published.add(f.substring(0, f.indexOf('/'))));
    for (String file : expected) {
      if (!found.contains(file)) {
        problems.add("missing " + GROUP_PATH + file);
      }
    }
    Map<String, List<String>> unexpected = new TreeMap<>();
    for (String file : found) {
      if (expected.contains(file) || (!signed && file.endsWith(".asc"))) {
        continue;
      }
      String artifactId = file.substring(0, file.indexOf('/'));
      unexpected.computeIfAbsent(artifactId, a -> new ArrayList<>()).add(file);
    }
    unexpected.forEach(
        (artifactId, files) ->
            problems.add(
                (published.contains(artifactId)
                        ? "not expected (not in the BOM, or another version): "
                        : artifactId + " is not published (not in the BOM) but staged: ")
                    + files));
    return problems;
  }

  /** The checker must fail on the same files with one removed or an unpublished one added. */
  static void selfTest(Set<String> expected, boolean signed, String version) {
    String removed = expected.iterator().next();
    Set<String> withoutOne = new TreeSet<>(expected);
    withoutOne.remove(removed);
    Set<String> withExamples = new TreeSet<>(expected);
    withExamples.add(file("kam-examples", version, ".jar"));
    if (!check(expected, expected, signed).isEmpty()
        || !check(expected, withoutOne, signed)
            .toString()
            .contains("missing " + GROUP_PATH + removed)
        || !check(expected, withExamples, signed)
            .toString()
            .contains("kam-examples is not published")) {
      throw new IllegalStateException(
          "CheckRelease's self-test failed: it no longer tells a"
              + " complete staging from one missing "
              + removed
              + " or adding kam-examples");
    }
  }

  /**
   * The BOM has no parent: its version and its copies of the parent's plugin versions must agree.
   */
  static List<String> bomAgreesWithParent(Element parent, Element bom) {
    List<String> problems = new ArrayList<>();
    if (!text(parent, "version").equals(text(bom, "version"))) {
      problems.add(
          "kamkit-bom's version "
              + text(bom, "version")
              + " is not the parent's "
              + text(parent, "version"));
    }
    Element parentProperties = child(parent, "properties");
    for (Element properties : children(bom, "properties")) {
      for (Element property : children(properties, null)) {
        String name = property.getTagName();
        if (name.endsWith("-plugin.version")
            && !property.getTextContent().trim().equals(textOr(parentProperties, name, ""))) {
          problems.add(
              "kamkit-bom's "
                  + name
                  + " "
                  + property.getTextContent().trim()
                  + " is not the parent's "
                  + textOr(parentProperties, name, "(none)"));
        }
      }
    }
    return problems;
  }

  /**
   * The Central plugin ignores maven.deploy.skip: its excludeArtifacts (parent pom) must name
   * exactly the modules that are not published, no more, no fewer.
   */
  static List<String> excludedAreTheUnpublished(Path root, Element parent, Element bom)
      throws Exception {
    Set<String> published = new TreeSet<>();
    expectedFiles(parent, bom, "v", false)
        .forEach(f -> published.add(f.substring(0, f.indexOf('/'))));
    Set<String> unpublished = new TreeSet<>();
    var modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String artifactId =
          text(
              read(root.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml")),
              "artifactId");
      if (!published.contains(artifactId)) {
        unpublished.add(artifactId);
      }
    }
    Set<String> excluded = new TreeSet<>();
    var lists = parent.getElementsByTagName("excludeArtifacts");
    for (int i = 0; i < lists.getLength(); i++) {
      children((Element) lists.item(i), "artifact")
          .forEach(a -> excluded.add(a.getTextContent().trim()));
    }
    return excluded.equals(unpublished)
        ? List.of()
        : List.of(
            "the release profile excludes "
                + excluded
                + " from Central, but the modules"
                + " not published (not in the BOM) are "
                + unpublished);
  }

  /**
   * A staging repository or Central bundle to read; {@code onlyArtifact}, if not null, the one
   * artifact to read from it.
   */
  record Source(Path path, String onlyArtifact) {
    @Override
    public String toString() {
      return path.toString();
    }
  }

  /**
   * Every module's own staging repository, read for that module's own files only: maven-invoker-
   * plugin also copies in the parent pom and the module's dependencies, which must not stand in for
   * what their own modules failed to stage.
   */
  static List<Source> stagingDirectories(Path root) throws Exception {
    List<Source> directories = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : Stream.concat(Stream.of(root), modules.sorted()).toList()) {
        if (Files.isDirectory(module.resolve(STAGING))
            && Files.isRegularFile(module.resolve("pom.xml"))) {
          String artifactId = text(read(module.resolve("pom.xml")), "artifactId");
          directories.add(new Source(module.resolve(STAGING), artifactId));
        }
      }
    }
    return directories;
  }

  /** The dev.kamkit artifact files, as "artifactId/version/name", without metadata or checksums. */
  static Set<String> stagedFiles(List<Source> sources) throws IOException {
    Set<String> files = new TreeSet<>();
    for (Source s : sources) {
      Path source = s.path();
      List<String> paths = new ArrayList<>();
      if (source.toString().endsWith(".zip")) {
        try (ZipFile zip = new ZipFile(source.toFile())) {
          zip.stream().filter(e -> !e.isDirectory()).forEach(e -> paths.add(e.getName()));
        }
      } else {
        try (Stream<Path> walk = Files.walk(source)) {
          walk.filter(Files::isRegularFile)
              .forEach(p -> paths.add(source.relativize(p).toString().replace('\\', '/')));
        }
      }
      for (String path : paths) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith(GROUP_PATH)
            && (s.onlyArtifact() == null || path.startsWith(GROUP_PATH + s.onlyArtifact() + "/"))
            && !name.startsWith("maven-metadata")
            && !name.startsWith("_")
            && !name.matches(".*\\.(md5|sha1|sha256|sha512|lastUpdated)")) {
          files.add(path.substring(GROUP_PATH.length()));
        }
      }
    }
    return files;
  }

  private static String file(String artifactId, String version, String suffix) {
    return artifactId + "/" + version + "/" + artifactId + "-" + version + suffix;
  }

  private static Element read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(pom.toFile())
        .getDocumentElement();
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
        children.add(e);
      }
    }
    return children;
  }

  private static Element child(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    if (found.isEmpty()) {
      throw new IllegalStateException("no <" + tag + "> in <" + parent.getTagName() + ">");
    }
    return found.get(0);
  }

  private static String text(Element parent, String tag) {
    return child(parent, tag).getTextContent().trim();
  }

  private static String textOr(Element parent, String tag, String otherwise) {
    List<Element> found = children(parent, tag);
    return found.isEmpty() ? otherwise : found.get(0).getTextContent().trim();
  }
}
