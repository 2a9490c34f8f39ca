package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;
import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relationship map as an inline SVG graph: our team on the left, the account's stakeholders on
 * the right, one edge per relationship. Everything a reader needs is printed, not hidden in hover
 * titles:
 *
 * <ul>
 *   <li>a stakeholder's fill is their sentiment (green advocate ... red detractor, grey unknown);
 *       their buying roles are abbreviated after the name (EB economic buyer, TB technical buyer,
 *       CC clinical champion, U user, B blocker, C coach, I influencer), and retiring or departed
 *       people say so;
 *   <li>under each stakeholder, who of ours holds them, how strongly and when they last met; a
 *       relationship without an interaction in the coverage policy's window says it has gone quiet;
 *   <li>a stakeholder nobody of ours holds actively has a dashed red outline;
 *   <li>an edge's width and shade are the relationship's strength (thin and light acquainted, thick
 *       and dark trusted); a quiet edge is dashed grey;
 *   <li>when one of our people holds every active relationship, or every active relationship runs
 *       to one stakeholder, that node is outlined thick red: the account is single-threaded.
 * </ul>
 *
 * <p>Node text is broken into lines that fit the node, and the node grows to hold them. Its words
 * (titles, subtitles, tooltips) are in the report's language; the role abbreviations are the same
 * in every language, and the legend names each role.
 */
public final class RelationshipGraph {
  static final int GAP = 8;
  static final int TOP = 32;
  static final int TEAM_X = 2;
  static final int TEAM_W = 200;
  static final int STAKEHOLDER_X = 330;
  static final int STAKEHOLDER_W = 360;
  static final int WIDTH = STAKEHOLDER_X + STAKEHOLDER_W + 2;
  private static final int PAD = 8;
  private static final double NAME = 11;
  private static final double SUB = 10;
  private static final int LINE = 13;

  /** The fill of a stakeholder whose sentiment is not recorded. */
  static final String UNKNOWN = "#e0e0e0";

  private RelationshipGraph() {}

  /** A node laid out: its top, its height, its lines, and how many of them are its name. */
  private record Node(int top, int height, List<String> lines, int nameLines) {
    int centre() {
      return top + height / 2;
    }
  }

  /**
   * The graph of {@code account}, judging activity within {@code activeWithinDays} of asOf, worded
   * in {@code locale}'s language.
   */
  public static String svg(
      KeyAccount account, LocalDate asOf, int activeWithinDays, Locale locale) {
    return svg(account, asOf, activeWithinDays, ReportWords.in(locale));
  }

  static String svg(KeyAccount account, LocalDate asOf, int activeWithinDays, ReportWords words) {
    List<TeamMember> team = account.team();
    List<Stakeholder> people = account.stakeholders();
    List<Relationship> active =
        account.relationships().stream().filter(r -> r.isActive(asOf, activeWithinDays)).toList();
    Set<TeamMemberId> ours =
        active.stream().map(Relationship::teamMember).collect(Collectors.toSet());
    Set<StakeholderId> theirs =
        active.stream().map(Relationship::stakeholder).collect(Collectors.toSet());
    Set<TeamMemberId> singleOurs = ours.size() == 1 ? ours : Set.of();
    Set<StakeholderId> singleTheirs = theirs.size() == 1 ? theirs : Set.of();
    Set<StakeholderId> held = new HashSet<>(theirs);

    Map<TeamMemberId, Node> teamNodes = new HashMap<>();
    int y = TOP;
    for (TeamMember m : team) {
      boolean left = m.leftOn().isPresent() && !m.leftOn().get().isAfter(asOf);
      List<String> lines = new ArrayList<>();
      lines.add(SvgText.fit(m.name(), TEAM_W - 2 * PAD, NAME, true));
      lines.addAll(
          SvgText.wrap(
              words.format(memberSubtitle(m, left, singleOurs.contains(m.id()))),
              TEAM_W - 2 * PAD,
              SUB,
              false,
              3));
      Node node = new Node(y, height(lines.size()), lines, 1);
      teamNodes.put(m.id(), node);
      y += node.height() + GAP;
    }
    int teamBottom = y;
    Map<StakeholderId, Node> personNodes = new HashMap<>();
    y = TOP;
    for (Stakeholder s : people) {
      List<String> lines = new ArrayList<>();
      lines.addAll(SvgText.wrap(s.name() + roles(s), STAKEHOLDER_W - 2 * PAD, NAME, true, 2));
      int nameLines = lines.size();
      lines.addAll(
          SvgText.wrap(
              words.format(subtitle(s, !held.contains(s.id()))),
              STAKEHOLDER_W - 2 * PAD,
              SUB,
              false,
              2));
      holders(account, s, asOf, activeWithinDays, words)
          .ifPresent(h -> lines.addAll(SvgText.wrap(h, STAKEHOLDER_W - 2 * PAD, SUB, false, 3)));
      Node node = new Node(y, height(lines.size()), lines, nameLines);
      personNodes.put(s.id(), node);
      y += node.height() + GAP;
    }
    int height = Math.max(Math.max(teamBottom, y), TOP + 40);
    StringBuilder svg = new StringBuilder();
    String titleId = "map-title-" + esc(account.id().value());
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"relationship-map\""
                    + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
                    + " aria-labelledby=\"%s\"><title id=\"%s\">%s</title>\n",
                WIDTH,
                height,
                WIDTH,
                height,
                titleId,
                titleId,
                esc(words.say(ReportCode.GRAPH_LABEL, Arg.text(account.account().name())))))
        .append("<text x=\"")
        .append(TEAM_X)
        .append("\" y=\"18\" class=\"col\">")
        .append(esc(words.say(ReportCode.GRAPH_TEAM)))
        .append("</text>\n")
        .append("<text x=\"")
        .append(STAKEHOLDER_X)
        .append("\" y=\"18\" class=\"col\">")
        .append(esc(SvgText.fit(account.account().name(), STAKEHOLDER_W, 13, true)))
        .append("</text>\n");
    for (Relationship r : account.relationships()) {
      Node from = teamNodes.get(r.teamMember());
      Node to = personNodes.get(r.stakeholder());
      if (from == null || to == null) {
        continue;
      }
      boolean isActive = active.contains(r);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"relationship%s\" data-team=\"%s\" data-stakeholder=\"%s\""
                  + " data-strength=\"%s\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                  + " stroke=\"%s\" stroke-width=\"%s\"%s><title>%s</title></line>\n",
              isActive ? "" : " inactive",
              esc(r.teamMember().value()),
              esc(r.stakeholder().value()),
              r.strength(),
              TEAM_X + TEAM_W,
              from.centre(),
              STAKEHOLDER_X,
              to.centre(),
              isActive ? shade(r.strength()) : QUIET,
              width(r.strength()),
              isActive ? "" : " stroke-dasharray=\"5 4\"",
              esc(words.format(edge(account, r, isActive)))));
    }
    for (TeamMember m : team) {
      Node node = requireNonNull(teamNodes.get(m.id()));
      boolean single = singleOurs.contains(m.id());
      boolean left = m.leftOn().isPresent() && !m.leftOn().get().isAfter(asOf);
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"team-member%s\" data-id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\""
                  + " height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
              single ? " single-thread" : "",
              esc(m.id().value()),
              TEAM_X,
              node.top(),
              TEAM_W,
              node.height(),
              left ? "#eee" : "#dde8f5",
              single ? "#c00" : "#3b6ea5",
              single ? "3" : "1"));
      svg.append(lines(node, TEAM_X, TEAM_W)).append("</g>\n");
    }
    for (Stakeholder s : people) {
      Node node = requireNonNull(personNodes.get(s.id()));
      boolean single = singleTheirs.contains(s.id());
      boolean unheld = !held.contains(s.id());
      String stroke = single ? "#c00" : unheld ? "#c00" : "#555";
      String strokeWidth = single ? "3" : unheld ? "1.5" : "1";
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"stakeholder%s%s\" data-id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\""
                  + " height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>",
              unheld ? " unheld" : "",
              single ? " single-thread" : "",
              esc(s.id().value()),
              STAKEHOLDER_X,
              node.top(),
              STAKEHOLDER_W,
              node.height(),
              fill(s),
              stroke,
              strokeWidth,
              unheld ? " stroke-dasharray=\"4 3\"" : ""));
      svg.append(lines(node, STAKEHOLDER_X, STAKEHOLDER_W)).append("</g>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  /** A node's height for {@code lines} lines of text. */
  private static int height(int lines) {
    return 2 * PAD + 4 + lines * LINE;
  }

  /** A node's lines as SVG text: its name bold, the rest smaller. */
  private static String lines(Node node, int x, int w) {
    StringBuilder out = new StringBuilder();
    for (int l = 0; l < node.lines().size(); l++) {
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" class=\"%s fits\" data-box-x=\"%d\" data-box-w=\"%d\">"
                  + "%s</text>",
              x + PAD,
              node.top() + PAD + 11 + l * LINE,
              l < node.nameLines() ? "name" : "sub",
              x,
              w,
              esc(node.lines().get(l))));
    }
    return out.toString();
  }

  /** The colour of a quiet edge. */
  static final String QUIET = "#9a9a9a";

  /** An active edge's colour: darker for a stronger relationship. */
  static String shade(RelationshipStrength strength) {
    return switch (strength) {
      case ACQUAINTED -> "#9ecae1";
      case WORKING -> "#4292c6";
      case STRONG -> "#2166ac";
      case TRUSTED -> "#08306b";
    };
  }

  /** An edge's width: wider for a stronger relationship. */
  static String width(RelationshipStrength strength) {
    return switch (strength) {
      case ACQUAINTED -> "1";
      case WORKING -> "2";
      case STRONG -> "3.5";
      case TRUSTED -> "5";
    };
  }

  /**
   * Who of ours holds {@code s}, strongest first: each with the strength, the last interaction and
   * whether the relationship has gone quiet; empty when nobody does.
   */
  private static Optional<String> holders(
      KeyAccount account, Stakeholder s, LocalDate asOf, int activeWithinDays, ReportWords words) {
    List<Relationship> theirs =
        account.relationships().stream()
            .filter(r -> r.stakeholder().equals(s.id()))
            .sorted(
                Comparator.comparing(Relationship::strength)
                    .reversed()
                    .thenComparing(r -> r.teamMember().value()))
            .toList();
    if (theirs.isEmpty()) {
      return Optional.empty();
    }
    List<Arg> parts = new ArrayList<>();
    for (Relationship r : theirs) {
      String member = account.teamMember(r.teamMember()).map(TeamMember::name).orElse("?");
      ReportCode code =
          r.isActive(asOf, activeWithinDays)
              ? ReportCode.GRAPH_HOLDER_LAST
              : ReportCode.GRAPH_HOLDER_QUIET;
      Message holder =
          r.lastInteraction()
              .map(d -> Message.of(code, Arg.text(member), Arg.of(r.strength()), Arg.of(d)))
              .orElseGet(
                  () ->
                      Message.of(ReportCode.GRAPH_HOLDER, Arg.text(member), Arg.of(r.strength())));
      parts.add(Arg.of(holder));
    }
    return Optional.of(words.say(ReportCode.GRAPH_HELD_BY, Arg.list(parts)));
  }

  /** The fill of a stakeholder's node: their sentiment. */
  static String fill(Stakeholder s) {
    return s.sentiment().map(RelationshipGraph::colour).orElse(UNKNOWN);
  }

  static String colour(Sentiment sentiment) {
    return switch (sentiment) {
      case ADVOCATE -> "#66bd63";
      case SUPPORTER -> "#b8e186";
      case NEUTRAL -> "#f7f7c4";
      case SCEPTIC -> "#fdae61";
      case DETRACTOR -> "#f46d43";
    };
  }

  static String roles(Stakeholder s) {
    if (s.buyingRoles().isEmpty()) {
      return "";
    }
    return " ["
        + s.buyingRoles().stream()
            .map(RelationshipGraph::abbreviation)
            .collect(Collectors.joining(" "))
        + "]";
  }

  static String abbreviation(BuyingRole role) {
    return switch (role) {
      case ECONOMIC_BUYER -> "EB";
      case TECHNICAL_BUYER -> "TB";
      case CLINICAL_CHAMPION -> "CC";
      case USER -> "U";
      case BLOCKER -> "B";
      case COACH -> "C";
      case INFLUENCER -> "I";
    };
  }

  /** An edge's tooltip: who holds whom, how strongly, when they last met, and if it is active. */
  private static Message edge(KeyAccount account, Relationship r, boolean isActive) {
    Message edge =
        Message.of(
            ReportCode.GRAPH_EDGE,
            Arg.text(account.teamMember(r.teamMember()).map(TeamMember::name).orElse("?")),
            Arg.text(account.stakeholder(r.stakeholder()).map(Stakeholder::name).orElse("?")),
            Arg.of(r.strength()));
    if (r.lastInteraction().isPresent()) {
      edge =
          Message.of(ReportCode.GRAPH_EDGE_LAST, Arg.of(edge), Arg.of(r.lastInteraction().get()));
    }
    return isActive ? edge : Message.of(ReportCode.GRAPH_EDGE_INACTIVE, Arg.of(edge));
  }

  /** A team member's subtitle: their function, when they left, and if they hold every thread. */
  private static Message memberSubtitle(TeamMember m, boolean left, boolean single) {
    List<Arg> parts = new ArrayList<>();
    parts.add(Arg.of(m.function()));
    if (left) {
      parts.add(Arg.of(Message.of(ReportCode.GRAPH_LEFT, Arg.of(m.leftOn().get()))));
    }
    Message subtitle = Message.of(ReportCode.GRAPH_PARTS, Arg.list(parts));
    return single ? Message.of(ReportCode.GRAPH_SINGLE_OURS, Arg.of(subtitle)) : subtitle;
  }

  /** A stakeholder's subtitle: title or function, sentiment, status, and if nobody holds them. */
  private static Message subtitle(Stakeholder s, boolean unheld) {
    List<Arg> parts = new ArrayList<>();
    parts.add(s.title().map(Arg::text).orElseGet(() -> Arg.of(s.function())));
    s.sentiment().ifPresent(x -> parts.add(part(x)));
    if (s.status() != StakeholderStatus.ACTIVE) {
      parts.add(
          s.departureDate()
              .map(
                  d ->
                      Arg.of(
                          Message.of(ReportCode.GRAPH_STATUS_DATED, Arg.of(s.status()), Arg.of(d))))
              .orElseGet(() -> part(s.status())));
    }
    if (unheld) {
      parts.add(Arg.of(Message.of(ReportCode.GRAPH_UNHELD)));
    }
    return Message.of(ReportCode.GRAPH_PARTS, Arg.list(parts));
  }

  private static Arg part(Enum<?> value) {
    return Arg.of(Message.of(ReportCode.GRAPH_PART, Arg.of(value)));
  }
}
