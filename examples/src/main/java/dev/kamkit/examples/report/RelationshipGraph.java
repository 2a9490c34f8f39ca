package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;

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
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relationship map as an inline SVG graph: our team on the left, the account's stakeholders on
 * the right, one edge per relationship.
 *
 * <ul>
 *   <li>a stakeholder's fill is their sentiment (green advocate ... red detractor, grey unknown);
 *       their buying roles are abbreviated under the name (EB economic buyer, TB technical buyer,
 *       CC clinical champion, U user, B blocker, C coach, I influencer), and retiring or departed
 *       people say so;
 *   <li>a stakeholder nobody of ours holds actively has a dashed red outline;
 *   <li>an edge's width is the relationship's strength; an edge without an interaction in the
 *       coverage policy's window is dashed grey;
 *   <li>when one of our people holds every active relationship, or every active relationship runs
 *       to one stakeholder, that node is outlined thick red: the account is single-threaded.
 * </ul>
 *
 * <p>Its words (titles, subtitles, tooltips) are in the report's language; the role abbreviations
 * are the same in every language, and the legend names each role.
 */
public final class RelationshipGraph {
  static final int ROW = 44;
  static final int TOP = 40;
  static final int TEAM_X = 10;
  static final int TEAM_W = 200;
  static final int STAKEHOLDER_X = 420;
  static final int STAKEHOLDER_W = 330;
  static final int WIDTH = STAKEHOLDER_X + STAKEHOLDER_W + 10;

  /** The fill of a stakeholder whose sentiment is not recorded. */
  static final String UNKNOWN = "#e0e0e0";

  private RelationshipGraph() {}

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
    Map<TeamMemberId, Integer> teamRow = new HashMap<>();
    for (int i = 0; i < team.size(); i++) {
      teamRow.put(team.get(i).id(), i);
    }
    Map<StakeholderId, Integer> personRow = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      personRow.put(people.get(i).id(), i);
    }
    List<Relationship> active =
        account.relationships().stream().filter(r -> r.isActive(asOf, activeWithinDays)).toList();
    Set<TeamMemberId> ours =
        active.stream().map(Relationship::teamMember).collect(Collectors.toSet());
    Set<StakeholderId> theirs =
        active.stream().map(Relationship::stakeholder).collect(Collectors.toSet());
    Set<TeamMemberId> singleOurs = ours.size() == 1 ? ours : Set.of();
    Set<StakeholderId> singleTheirs = theirs.size() == 1 ? theirs : Set.of();
    Set<StakeholderId> held = new HashSet<>(theirs);

    int rows = Math.max(Math.max(team.size(), people.size()), 1);
    int height = TOP + rows * ROW + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"relationship-map\""
                    + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
                    + " aria-label=\"%s\">\n",
                WIDTH,
                height,
                WIDTH,
                height,
                esc(words.say(ReportCode.GRAPH_LABEL, Arg.text(account.account().name())))))
        .append("<text x=\"")
        .append(TEAM_X)
        .append("\" y=\"20\" class=\"col\">")
        .append(esc(words.say(ReportCode.GRAPH_TEAM)))
        .append("</text>\n")
        .append("<text x=\"")
        .append(STAKEHOLDER_X)
        .append("\" y=\"20\" class=\"col\">")
        .append(esc(account.account().name()))
        .append("</text>\n");
    for (Relationship r : account.relationships()) {
      Integer from = teamRow.get(r.teamMember());
      Integer to = personRow.get(r.stakeholder());
      if (from == null || to == null) {
        continue;
      }
      boolean isActive = active.contains(r);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"relationship%s\" data-team=\"%s\" data-stakeholder=\"%s\""
                  + " x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%s\"%s>"
                  + "<title>%s</title></line>\n",
              isActive ? "" : " inactive",
              esc(r.teamMember().value()),
              esc(r.stakeholder().value()),
              TEAM_X + TEAM_W,
              centre(from),
              STAKEHOLDER_X,
              centre(to),
              isActive ? "#3b6ea5" : "#aaa",
              width(r),
              isActive ? "" : " stroke-dasharray=\"5 4\"",
              esc(words.format(edge(account, r, isActive)))));
    }
    for (int i = 0; i < team.size(); i++) {
      TeamMember m = team.get(i);
      boolean single = singleOurs.contains(m.id());
      boolean left = m.leftOn().isPresent() && !m.leftOn().get().isAfter(asOf);
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"team-member%s\" data-id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\""
                  + " height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" class=\"name\">%s</text>"
                  + "<text x=\"%d\" y=\"%d\" class=\"sub\">%s</text></g>\n",
              single ? " single-thread" : "",
              esc(m.id().value()),
              TEAM_X,
              TOP + i * ROW,
              TEAM_W,
              ROW - 8,
              left ? "#eee" : "#dde8f5",
              single ? "#c00" : "#3b6ea5",
              single ? "3" : "1",
              TEAM_X + 8,
              TOP + i * ROW + 15,
              esc(m.name()),
              TEAM_X + 8,
              TOP + i * ROW + 29,
              esc(words.format(memberSubtitle(m, left, single)))));
    }
    for (int i = 0; i < people.size(); i++) {
      Stakeholder s = people.get(i);
      boolean single = singleTheirs.contains(s.id());
      boolean unheld = !held.contains(s.id());
      String stroke = single ? "#c00" : unheld ? "#c00" : "#555";
      String strokeWidth = single ? "3" : unheld ? "1.5" : "1";
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"stakeholder%s%s\" data-id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\""
                  + " height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>"
                  + "<text x=\"%d\" y=\"%d\" class=\"name\">%s</text>"
                  + "<text x=\"%d\" y=\"%d\" class=\"sub\">%s</text></g>\n",
              unheld ? " unheld" : "",
              single ? " single-thread" : "",
              esc(s.id().value()),
              STAKEHOLDER_X,
              TOP + i * ROW,
              STAKEHOLDER_W,
              ROW - 8,
              fill(s),
              stroke,
              strokeWidth,
              unheld ? " stroke-dasharray=\"4 3\"" : "",
              STAKEHOLDER_X + 8,
              TOP + i * ROW + 15,
              esc(s.name() + roles(s)),
              STAKEHOLDER_X + 8,
              TOP + i * ROW + 29,
              esc(words.format(subtitle(s, unheld)))));
    }
    return svg.append("</svg>\n").toString();
  }

  private static int centre(int row) {
    return TOP + row * ROW + (ROW - 8) / 2;
  }

  private static String width(Relationship r) {
    return switch (r.strength()) {
      case ACQUAINTED -> "1";
      case WORKING -> "2";
      case STRONG -> "3.5";
      case TRUSTED -> "5";
    };
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
