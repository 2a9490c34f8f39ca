package dev.kamkit.json.deser;

import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.rules.compliance.ComplianceCode;
import dev.kamkit.rules.compliance.conduct.ConductCode;
import dev.kamkit.rules.compliance.efpia.EfpiaCode;
import dev.kamkit.rules.compliance.firewall.FirewallCode;
import dev.kamkit.rules.compliance.france.FranceCode;
import dev.kamkit.rules.compliance.offlabel.OffLabelCode;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsCode;
import dev.kamkit.rules.compliance.rationale.RationaleCode;
import dev.kamkit.rules.compliance.states.UsStatesCode;
import dev.kamkit.rules.compliance.uk.UkCode;
import dev.kamkit.rules.criteria.CriteriaCode;
import dev.kamkit.rules.engagement.EngagementCode;
import dev.kamkit.rules.evaluation.EvaluationCode;
import dev.kamkit.rules.maturity.MaturityCode;
import dev.kamkit.rules.review.ReviewCode;
import dev.kamkit.rules.tiering.TieringCode;
import dev.kamkit.scoring.ScoreCode;
import dev.kamkit.scoring.committee.CommitteeCode;
import dev.kamkit.scoring.completeness.CompletenessCode;
import dev.kamkit.scoring.coverage.CoverageCode;
import dev.kamkit.scoring.health.HealthCode;
import dev.kamkit.scoring.pipeline.PipelineCode;
import dev.kamkit.scoring.voice.VoiceCode;
import dev.kamkit.scoring.whitespace.WhitespaceCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@link MessageCode} kamkit ships, by its code string: what a results document's {@code
 * "code"} is read back into.
 *
 * <p>The list is explicit rather than found by scanning the class path, so that reading never loads
 * classes a document names; {@code MessageCodesTest} keeps it equal to the code enums of the model,
 * scoring and rules modules.
 */
final class MessageCodes {
  /** The code enums, in the order of their modules and packages. */
  static final List<Class<? extends MessageCode>> ENUMS =
      List.of(
          ModelCode.class,
          ScoreCode.class,
          CommitteeCode.class,
          CompletenessCode.class,
          CoverageCode.class,
          HealthCode.class,
          WhitespaceCode.class,
          PipelineCode.class,
          VoiceCode.class,
          ComplianceCode.class,
          ConductCode.class,
          EfpiaCode.class,
          FirewallCode.class,
          FranceCode.class,
          OffLabelCode.class,
          OpenPaymentsCode.class,
          RationaleCode.class,
          UsStatesCode.class,
          UkCode.class,
          CriteriaCode.class,
          EngagementCode.class,
          EvaluationCode.class,
          MaturityCode.class,
          ReviewCode.class,
          TieringCode.class);

  private static final Map<String, MessageCode> BY_CODE = index(ENUMS);

  private MessageCodes() {}

  /**
   * The code whose {@link MessageCode#code()} is {@code code}, if kamkit ships one; case matters.
   */
  static Optional<MessageCode> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * @throws IllegalStateException if two constants share a code string, which would make a document
   *     ambiguous (kam-rules' catalogue test keeps that from being released)
   */
  static Map<String, MessageCode> index(List<Class<? extends MessageCode>> enums) {
    Map<String, MessageCode> byCode = new HashMap<>();
    for (Class<? extends MessageCode> type : enums) {
      for (MessageCode code : type.getEnumConstants()) {
        MessageCode before = byCode.putIfAbsent(code.code(), code);
        if (before != null) {
          throw new IllegalStateException(
              "message code " + code.code() + " is declared twice: " + before + " and " + code);
        }
      }
    }
    return Map.copyOf(byCode);
  }
}
