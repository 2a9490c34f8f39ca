package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.AS_OF;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.account;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.testing.MessageBundleContract;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The off-label pack's words: every code in every language, and a few pinned renderings. */
class OffLabelMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(List.of(OffLabelCode.values()), List.of());
  }

  /** A rep discussing the adjuvant indication, approved only in the EU, in a US account. */
  private static Message offLabelCall() {
    KeyAccount a = account().addInteraction(call("rep", AS_OF, ADJUVANT, false)).build();
    return OffLabelPack.withDefaults().check(a, AS_OF).get(0).message();
  }

  /** The rep showing the detail aid the day after it expired. */
  private static Message expiredAid() {
    MaterialId aid = MaterialId.of("aid");
    LocalDate day = LocalDate.of(2026, 10, 1);
    KeyAccount a =
        account()
            .addPromotionalMaterial(
                PromotionalMaterial.builder()
                    .id(aid)
                    .title("Oncoxa detail aid")
                    .reviewCode("ONC-US-1")
                    .product(ONCOXA)
                    .approvedOn(LocalDate.of(2026, 6, 1))
                    .expiresOn(LocalDate.of(2026, 9, 30))
                    .build())
            .addInteraction(
                Interaction.builder().from(call("rep", day, null, false)).addMaterial(aid).build())
            .build();
    List<Finding> found = OffLabelPack.withDefaults().check(a, AS_OF);
    assertEquals(1, found.size());
    return found.get(0).message();
  }

  @Test
  void englishNamesTheCallThePeopleAndTheUnapprovedIndication() {
    assertEquals(
        "Interaction call-rep-2026-11-22 with commercial participants Rep discussed Oncoxa for"
            + " \"Adjuvant NSCLC\", which is not approved in US on 2026-11-22",
        offLabelCall().toString());
    assertEquals(
        "Interaction call-rep-2026-10-01 with commercial participants Rep used material"
            + " \"Oncoxa detail aid\" (ONC-US-1) on 2026-10-01, after it expired on 2026-09-30",
        expiredAid().toString());
  }

  @Test
  void germanSpeaksOfOffLabelUseAndGermanDates() {
    Messages de = Messages.in(Locale.GERMAN);
    assertEquals(
        "Interaktion call-rep-2026-11-22 mit Teilnehmern aus dem Vertrieb (Rep) hat Oncoxa in der"
            + " Indikation „Adjuvant NSCLC“ besprochen, die in US am 22.11.2026 nicht zugelassen"
            + " ist (Off-Label-Gebrauch)",
        de.format(offLabelCall()));
    assertEquals(
        "Interaktion call-rep-2026-10-01 mit Teilnehmern aus dem Vertrieb (Rep) hat am 01.10.2026"
            + " das Werbematerial „Oncoxa detail aid“ (ONC-US-1) eingesetzt, nachdem seine"
            + " Freigabe am 30.09.2026 abgelaufen war",
        de.format(expiredAid()));
  }

  @Test
  void frenchSpeaksOfHorsAmmAndFrenchDates() {
    Messages fr = Messages.in(Locale.FRENCH);
    assertEquals(
        "L'interaction call-rep-2026-11-22, avec des participants des fonctions commerciales"
            + " (Rep), a abordé Oncoxa dans l'indication « Adjuvant NSCLC », hors AMM (pays : US)"
            + " au 22/11/2026",
        fr.format(offLabelCall()));
    assertEquals(
        "L'interaction call-rep-2026-10-01, avec des participants des fonctions commerciales"
            + " (Rep), a utilisé le support promotionnel « Oncoxa detail aid » (ONC-US-1) le"
            + " 01/10/2026, après son expiration le 30/09/2026",
        fr.format(expiredAid()));
  }
}
