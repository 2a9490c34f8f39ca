package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.model.testing.MessageBundleContract;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.ComplianceValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every code and name of the Open Payments pack is worded in English, German and French, and one
 * report per language pins the words.
 */
class OpenPaymentsMessagesTest {

  @Test
  void everyCodeAndNameIsWorded() {
    MessageBundleContract.check(
        List.of(OpenPaymentsCode.values()),
        List.of(CoveredRecipientType.class, StatutoryExclusion.class));
  }

  /** A physician paid twice, a pharmacist, a resident, a euro amount without a rate, a sample. */
  static ComplianceReport report() {
    KeyAccount account =
        OpFixture.account()
            .physician("ada")
            .hcp("rx", HcpProfession.PHARMACIST, TrainingStatus.PRACTISING)
            .hcp("res", HcpProfession.PHYSICIAN, TrainingStatus.RESIDENT)
            .pay("t-1", "ada", "2025-03-01", "40.00")
            .pay("t-2", "ada", "2025-04-01", "10.00")
            .pay(
                "t-3",
                "ada",
                "2025-05-01",
                "300.00",
                OpFixture.excluded(StatutoryExclusion.PRODUCT_SAMPLE))
            .pay("t-4", "rx", "2025-05-02", "25.00")
            .pay("t-5", "res", "2025-05-03", "25.00")
            .transfer(
                OpFixture.tov("t-6", "2025-06-01", "120.00 EUR")
                    .recipient(StakeholderId.of("ada"))
                    .nature(NatureOfPayment.TRAVEL_AND_LODGING))
            .build();
    return ComplianceValidator.of(List.of(OpenPaymentsPack.withDefaults()))
        .validate(account, LocalDate.of(2025, 9, 30));
  }

  @Test
  void theReportInEnglish() {
    assertEquals(ENGLISH, report().explain());
    assertEquals(ENGLISH, report().explain(Locale.US));
  }

  @Test
  void theReportInGerman() {
    assertEquals(GERMAN, report().explain(Locale.GERMAN));
    assertEquals(GERMAN, report().explain(Locale.GERMANY));
  }

  @Test
  void theReportInFrench() {
    assertEquals(FRENCH, report().explain(Locale.FRENCH));
  }

  @Test
  void aLanguageKamkitDoesNotSpeakGetsEnglish() {
    assertEquals(ENGLISH, report().explain(Locale.JAPANESE));
  }

  private static final String ENGLISH =
      String.join(
          "\n",
          "Compliance report as of 2025-09-30 (openpayments (kamkit-openpayments-1)): 6 findings (2"
              + " errors, 0 warnings)",
          "  acc-1: 6 findings (2 errors, 0 warnings)",
          "    ERROR openpayments.amount.no-usd-rate [t-6]: The 120.00\u00a0EUR paid on 2025-06-01"
              + " has no USD rate, so the record cannot be reported as it stands. Add a UsdRate for"
              + " EUR effective on or before 2025-06-01 in 2025 to the policy with"
              + " OpenPaymentsPolicy.builder().addUsdRate(..). (CMS General Payments Data"
              + " Dictionary: Total_Amount_of_Payment_USDollars)",
          "    ERROR openpayments.record.travel-destination-missing [t-6]: Travel and lodging needs"
              + " the city, state and country of travel. (CMS General Payments Data Dictionary:"
              + " City_of_Travel, State_of_Travel, Country_of_Travel)",
          "    INFO openpayments.exclusion.applied [t-3]: Not reported: excluded: product samples"
              + " for patient use, not for sale (42 U.S.C. 1320a-7h(e)(10)(B)). (42 U.S.C."
              + " 1320a-7h(e)(10))",
          "    INFO openpayments.recipient.not-covered [rx, t-4]: Dr rx is not a covered recipient"
              + " in PY2025: the recipient's profession is not covered (pharmacists, nurses who are"
              + " not advanced-practice and other staff are not); 1 transfer is not reported. (SSA"
              + " 1861(r); cms.gov Changes for Reporting Entities; CMS Teaching Hospital List)",
          "    INFO openpayments.recipient.resident-excluded [res, t-5]: Dr res is a resident in"
              + " PY2025, not a covered recipient: 1 transfer is not reported. Fellows are covered."
              + " (CMS Open Payments FAQs)",
          "    INFO openpayments.reportable [ada]: Dr ada (Covered Recipient Physician), PY2025: 1"
              + " of 4 transfers reportable, 40.00\u00a0USD of 350.00\u00a0USD; aggregate"
              + " 50.00\u00a0USD does not exceed 134.54\u00a0USD, totals so far (the year is still"
              + " open), some amounts have no USD value. (42 U.S.C. 1320a-7h(e)(10)(B)(i); CMS"
              + " PY2025 threshold notice)");

  private static final String GERMAN =
      String.join(
          "\n",
          "Compliance-Bericht zum 30.09.2025 (openpayments (kamkit-openpayments-1)): 6"
              + " Feststellungen (2 Fehler, 0 Warnungen)",
          "  acc-1: 6 Feststellungen (2 Fehler, 0 Warnungen)",
          "    FEHLER openpayments.amount.no-usd-rate [t-6]: Für 120,00\u00a0EUR, gezahlt am"
              + " 01.06.2025, ist kein USD-Kurs hinterlegt; die Zuwendung kann so nicht gemeldet"
              + " werden. Hinterlegen Sie in der Policy einen UsdRate für EUR, gültig ab dem"
              + " 01.06.2025 oder früher im Jahr 2025, mit"
              + " OpenPaymentsPolicy.builder().addUsdRate(..). (CMS General Payments Data"
              + " Dictionary: Total_Amount_of_Payment_USDollars)",
          "    FEHLER openpayments.record.travel-destination-missing [t-6]: Für Reise- und"
              + " Übernachtungskosten (Travel and Lodging) sind Stadt, Bundesstaat und Land des"
              + " Reiseziels anzugeben. (CMS General Payments Data Dictionary: City_of_Travel,"
              + " State_of_Travel, Country_of_Travel)",
          "    HINWEIS openpayments.exclusion.applied [t-3]: Nicht gemeldet: ausgenommen:"
              + " Produktmuster zur Anwendung am Patienten, nicht zum Verkauf (42 U.S.C."
              + " 1320a-7h(e)(10)(B)). (42 U.S.C. 1320a-7h(e)(10))",
          "    HINWEIS openpayments.recipient.not-covered [rx, t-4]: Dr rx ist in PY2025 kein"
              + " meldepflichtiger Empfänger (Covered Recipient): der Beruf des Empfängers ist"
              + " nicht erfasst (Apotheker, Pflegekräfte ohne Advanced-Practice-Qualifikation und"
              + " sonstiges Personal sind es nicht); 1 Zuwendung wird nicht gemeldet. (SSA 1861(r);"
              + " cms.gov Changes for Reporting Entities; CMS Teaching Hospital List)",
          "    HINWEIS openpayments.recipient.resident-excluded [res, t-5]: Dr res ist in PY2025 in"
              + " ärztlicher Weiterbildung (Resident) und damit kein meldepflichtiger Empfänger"
              + " (Covered Recipient): 1 Zuwendung wird nicht gemeldet. Fellows sind"
              + " meldepflichtig. (CMS Open Payments FAQs)",
          "    HINWEIS openpayments.reportable [ada]: Dr ada, Arzt (Covered Recipient Physician),"
              + " PY2025: 1 von 4 Zuwendungen meldepflichtig, 40,00\u00a0USD von 350,00\u00a0USD;"
              + " Jahressumme 50,00\u00a0USD überschreitet 134,54\u00a0USD nicht, vorläufige Summen"
              + " (das Jahr ist noch offen), einige Beträge haben keinen USD-Wert. (42 U.S.C."
              + " 1320a-7h(e)(10)(B)(i); CMS PY2025 threshold notice)");

  private static final String FRENCH =
      String.join(
          "\n",
          "Rapport de conformité au 30/09/2025 (openpayments (kamkit-openpayments-1)) : 6 constats"
              + " (2 erreurs, 0 avertissement)",
          "  acc-1 : 6 constats (2 erreurs, 0 avertissement)",
          "    ERREUR openpayments.amount.no-usd-rate [t-6] : Le montant de 120,00\u00a0EUR versé"
              + " le 01/06/2025 n’a pas de taux de change en USD : la déclaration ne peut pas être"
              + " faite en l’état. Ajoutez à la politique un UsdRate pour EUR, applicable au plus"
              + " tard le 01/06/2025 au sein de l’année 2025, avec"
              + " OpenPaymentsPolicy.builder().addUsdRate(..). (CMS General Payments Data"
              + " Dictionary: Total_Amount_of_Payment_USDollars)",
          "    ERREUR openpayments.record.travel-destination-missing [t-6] : Les frais de"
              + " déplacement et d’hébergement (travel and lodging) doivent indiquer la ville,"
              + " l’État et le pays de destination. (CMS General Payments Data Dictionary:"
              + " City_of_Travel, State_of_Travel, Country_of_Travel)",
          "    INFORMATION openpayments.exclusion.applied [t-3] : Non déclaré : exclu : des"
              + " échantillons de produits destinés aux patients, non destinés à la vente (42"
              + " U.S.C. 1320a-7h(e)(10)(B)). (42 U.S.C. 1320a-7h(e)(10))",
          "    INFORMATION openpayments.recipient.not-covered [rx, t-4] : Dr rx n’est pas"
              + " bénéficiaire couvert (covered recipient) en PY2025 : la profession du"
              + " bénéficiaire n’est pas couverte (ni les pharmaciens, ni les infirmiers sans"
              + " pratique avancée, ni les autres personnels) ; 1 transfert de valeur n’est pas"
              + " déclaré. (SSA 1861(r); cms.gov Changes for Reporting Entities; CMS Teaching"
              + " Hospital List)",
          "    INFORMATION openpayments.recipient.resident-excluded [res, t-5] : Dr res est interne"
              + " (resident) en PY2025 et non bénéficiaire couvert (covered recipient) : 1"
              + " transfert de valeur n’est pas déclaré. Les fellows sont couverts. (CMS Open"
              + " Payments FAQs)",
          "    INFORMATION openpayments.reportable [ada] : Dr ada, médecin (Covered Recipient"
              + " Physician), PY2025 : 1 sur 4 transferts de valeur déclarables, 40,00\u00a0USD sur"
              + " 350,00\u00a0USD ; le cumul annuel de 50,00\u00a0USD ne dépasse pas"
              + " 134,54\u00a0USD, totaux provisoires (l’année est en cours), certains montants"
              + " n’ont pas de valeur en USD. (42 U.S.C. 1320a-7h(e)(10)(B)(i); CMS PY2025"
              + " threshold notice)");
}
