package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.util.Optional;

/**
 * Which state's rules apply to a healthcare professional of a key account: where the person
 * practises, read as the region of their site if that site records one, else the region of the
 * account. Only accounts whose country is the US have a state. Licence states are not used: a
 * licence says where someone may practise, not where our transfer to them was made, and
 * REGULATORY.md does not verify whether each statute reaches licensees practising elsewhere.
 */
final class Jurisdiction {
  private Jurisdiction() {}

  /** The region that decides, if any: the site's, else the account's; empty outside the US. */
  static Optional<String> region(KeyAccount account, Stakeholder person) {
    if (!account.account().country().equals("US")) {
      return Optional.empty();
    }
    Optional<SiteId> id = person.site();
    if (id.isPresent()) {
      for (Site site : account.account().sites()) { // a loop: asked per person and transfer
        if (site.id().equals(id.get()) && site.region().isPresent()) {
          return site.region();
        }
      }
    }
    return account.account().region();
  }
}
