package dev.kamkit.rules.compliance.firewall;

import static dev.kamkit.rules.compliance.firewall.FirewallFixture.AS_OF;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.HALE;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.KAM;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.MSL;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.ONCOXA;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.account;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.call;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.discussed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.testing.MessageBundleContract;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The firewall's words: every code and name in every language, and pinned renderings. Team
 * functions are worded by the model's bundle, so the renderings take their names from there.
 */
class FirewallMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(
        List.of(FirewallCode.values()), List.of(PromotionalSign.class, WithheldKind.class));
  }

  /** The MSL joining the KAM's call about Oncoxa. */
  private static Message promotionalCall() {
    KeyAccount a =
        account()
            .addInteraction(call("c1", KAM, MSL).addProductsDiscussed(discussed(ONCOXA)).build())
            .build();
    return FirewallFixture.ALL_PRACTICES.check(a, AS_OF).get(0).message();
  }

  /** Two medical-only calls and one list built by the MSL, as a commercial viewer is told. */
  private static List<Message> withheld() {
    KeyAccount a =
        account()
            .addInteractions(call("i1", MSL).build(), call("i2", MSL).build())
            .addTargetList(
                TargetList.builder()
                    .id(TargetListId.of("l1"))
                    .name("Scientific exchange")
                    .builtBy(MSL)
                    .addWorkedBy(MSL)
                    .addStakeholder(HALE)
                    .build())
            .build();
    return AccountVisibility.create().viewFor(a, Division.COMMERCIAL).withheld().stream()
        .map(Withheld::summary)
        .toList();
  }

  private static String render(Locale locale, List<Message> messages) {
    Messages words = Messages.in(locale);
    return String.join(" | ", messages.stream().map(words::format).toList());
  }

  @Test
  void english() {
    Messages en = Messages.english();
    assertEquals(
        "Medical team member Dana Ruiz ("
            + en.name(TeamFunction.MEDICAL_SCIENCE_LIAISON)
            + ") joined promotional interaction c1 on 2026-11-22 with commercial participants"
            + " Jordan Blake (our products discussed); medical meets the stakeholder separately",
        en.format(promotionalCall()));
    assertEquals(
        "2 interactions held by medical affairs alone, with Dr. Hale | 1 target list built by"
            + " medical",
        render(Locale.ENGLISH, withheld()));
  }

  @Test
  void german() {
    Messages de = Messages.in(Locale.GERMAN);
    assertEquals(
        "Das medizinische Teammitglied Dana Ruiz ("
            + de.name(TeamFunction.MEDICAL_SCIENCE_LIAISON)
            + ") hat am 22.11.2026 an der werblichen Interaktion c1 mit Teilnehmern aus dem"
            + " Vertrieb (Jordan Blake) teilgenommen (eigene Produkte besprochen); Medical Affairs"
            + " trifft den Stakeholder getrennt",
        de.format(promotionalCall()));
    assertEquals(
        "2 Interaktionen allein durch Medical Affairs, mit Dr. Hale | 1 Zielliste von Medical"
            + " Affairs erstellt",
        render(Locale.GERMAN, withheld()));
  }

  @Test
  void french() {
    Messages fr = Messages.in(Locale.FRENCH);
    assertEquals(
        "Le membre médical de l'équipe Dana Ruiz ("
            + fr.name(TeamFunction.MEDICAL_SCIENCE_LIAISON)
            + ") a participé le 22/11/2026 à l'interaction promotionnelle c1 avec des"
            + " participants des fonctions commerciales (Jordan Blake) (nos produits abordés) ;"
            + " les affaires médicales rencontrent l'interlocuteur séparément",
        fr.format(promotionalCall()));
    assertEquals(
        "2 interactions menées par les seules affaires médicales, avec Dr. Hale | 1 liste de"
            + " cibles établie par les affaires médicales",
        render(Locale.FRENCH, withheld()));
  }

  @Test
  void aTransferShownWithoutItsLinkIsCountedInEachLanguage() {
    Message one = Message.of(FirewallCode.WITHHELD_TRANSFER_LINKS, Arg.of(1));
    assertEquals(
        "1 transfer of value shown without the medical interaction it belongs to", one.toString());
    assertEquals(
        "1 transfert de valeur affiché sans l'interaction médicale dont il relève",
        Messages.in(Locale.FRENCH).format(one));
    assertEquals(
        "3 Zuwendungen ohne die zugehörigen medizinischen Interaktionen angezeigt",
        Messages.in(Locale.GERMAN)
            .format(Message.of(FirewallCode.WITHHELD_TRANSFER_LINKS, Arg.of(3))));
  }
}
