package dev.kamkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM a host imports names every published artifact at the reactor's version. The BOM has no
 * parent (so it imposes none of the build's own versions on a host), which is why its version and
 * its list are checked here rather than inherited.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theBomManagesEveryPublishedModuleAtTheReactorsVersion() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("kamkit-bom/pom.xml"));
    String version = child(parent.getDocumentElement(), "version");
    assertEquals(version, child(bom.getDocumentElement(), "version"), "the BOM's version");

    TreeSet<String> published = new TreeSet<>();
    NodeList modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().trim();
      Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
      String artifact = child(pom.getDocumentElement(), "artifactId");
      if (!"pom".equals(packaging(pom)) && !skipsDeploy(pom)) {
        published.add(artifact);
      }
    }
    TreeSet<String> managed = new TreeSet<>();
    List<String> versions = new ArrayList<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      managed.add(child(d, "artifactId"));
      versions.add(child(d, "version"));
    }
    assertEquals(published, managed, "published modules against the BOM's");
    versions.forEach(v -> assertEquals("${project.version}", v, "a managed version"));
  }

  @Test
  void examplesAndBenchmarksAreNeverDeployed() throws Exception {
    for (String module : List.of("examples", "benchmarks")) {
      assertTrue(skipsDeploy(read(ROOT.resolve(module).resolve("pom.xml"))), module + " deploys");
    }
  }

  private static boolean skipsDeploy(Document pom) {
    NodeList skip = pom.getElementsByTagName("maven.deploy.skip");
    return skip.getLength() == 1 && "true".equals(skip.item(0).getTextContent().trim());
  }

  private static String packaging(Document pom) {
    NodeList p = pom.getDocumentElement().getElementsByTagName("packaging");
    return p.getLength() == 0 ? "jar" : p.item(0).getTextContent().trim();
  }

  /** The text of {@code parent}'s direct child element {@code name}. */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError(parent.getTagName() + " has no <" + name + ">");
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }
}
