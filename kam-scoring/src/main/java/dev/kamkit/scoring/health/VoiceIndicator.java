package dev.kamkit.scoring.health;

import dev.kamkit.scoring.WeightedScore;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;

/**
 * Share of voice as a leading indicator: full credit from the average company's share up, less in
 * proportion below it; not applicable where the host records no competitor activity for the window.
 */
final class VoiceIndicator {
  private VoiceIndicator() {}

  static Measure measure(ShareOfVoiceResult voice) {
    if (!voice.known()) {
      return Measure.notApplicable(HealthIndicator.SHARE_OF_VOICE, voice.reasons());
    }
    // our share over the average company's: ours / total over 1 / companies
    long ours = (long) voice.ours() * voice.companies();
    return Measure.of(
        HealthIndicator.SHARE_OF_VOICE,
        WeightedScore.ratio(Math.min(ours, voice.total()), voice.total()),
        0,
        voice.reasons());
  }
}
