package dev.kamkit.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseScanTest {

  private static List<String> scan(String source) {
    List<String> found = new ArrayList<>();
    ProseScan.scan("X.java", source, found);
    return found;
  }

  @Test
  void everyWayOfBuildingASentenceIsFound() {
    assertEquals(
        List.of(
            "X.java:2: String a = name + \"S\"",
            "X.java:3: String b = \"S\" + name",
            "X.java:4: String c = String.format(\"S\", n)",
            "X.java:5: String d = \"S\".formatted(n)",
            "X.java:6: var e = new StringBuilder()",
            "X.java:7: String f = String.join(\"S\", parts)",
            "X.java:8: String g = parts.stream().collect(Collectors.joining(\"S\"))",
            "X.java:9: String h = MessageFormat.format(\"S\", n)",
            "X.java:10: String i = name.concat(\"S\")",
            "X.java:11: String j = name + \"S\" + other"),
        scan(
            String.join(
                "\n",
                "class X {",
                "  String a = name + \" is retiring\";",
                "  String b = \"Held by \" + name;",
                "  String c = String.format(\"%s\", n);",
                "  String d = \"%s\".formatted(n);",
                "  var e = new StringBuilder();",
                "  String f = String.join(\", \", parts);",
                "  String g = parts.stream().collect(Collectors.joining(\"; \"));",
                "  String h = MessageFormat.format(\"{0}\", n);",
                "  String i = name.concat(\"!\");",
                "  String j = name",
                "      + \" and \"",
                "      + other;",
                "}")));
  }

  @Test
  void exceptionMessagesCommentsAndLiteralContentsDoNotCount() {
    assertEquals(
        List.of(),
        scan(
            String.join(
                "\n",
                "class X {",
                "  // a comment with \"text\" + more",
                "  /* String.format(\"%s\") + \"x\" */",
                "  void f() {",
                "    if (bad) throw new IllegalArgumentException(\"bad \" + value);",
                "    list.stream().findFirst().orElseThrow(",
                "        () -> new IllegalStateException(\"none in \" + name));",
                "    String plus = \"a+b\";",
                "    char quote = '\"';",
                "    String block = \"\"\"",
                "        text \" + x",
                "        \"\"\";",
                "    int sum = a + b;",
                "  }",
                "}")));
  }

  @Test
  void classConstantsAreMadeOnceAndDoNotCount() {
    assertEquals(
        List.of("X.java:4: return \"S\" + SOURCE", "X.java:5: final String g = \"S\" + SOURCE"),
        scan(
            String.join(
                "\n",
                "class X {",
                "  private static final String SOURCE = \"a\" + \"b\";",
                "  @Deprecated public static final Rule R = Rule.of(\"x\", SOURCE + \"c\");",
                "  String f() { return \"y\" + SOURCE; }",
                "  final String g = \"y\" + SOURCE;",
                "}")));
  }

  @Test
  void findingsNameTheLineTheStatementStartsOn() {
    assertEquals(
        List.of("X.java:4: return \"S\" + x"),
        scan("class X {\n  /*\n   */\n  String f() { return \"y\" + x; }\n}"));
  }
}
