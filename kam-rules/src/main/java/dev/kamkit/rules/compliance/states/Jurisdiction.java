package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which state's rules apply to a healthcare professional of a key account: where the person
 * practises, read as the region of their site if that site records one, else the region of the
 * account. Only accounts whose country is the US have a state. Licence states are not used: a
 * licence says where someone may practise, not where our transfer to them was made, and No source
 * checked says whether each statute reaches licensees practising elsewhere.
 */
final class Jurisdiction {
  private final Optional<String> accountRegion;
  private final Map<SiteId, Optional<String>> siteRegions = new HashMap<>();

  /** The regions of a US account, read once per check: each transfer asks for each person. */
  Jurisdiction(KeyAccount account) {
    accountRegion = account.account().region();
    for (Site site : account.account().sites()) {
      if (site.region().isPresent()) {
        siteRegions.put(site.id(), site.region());
      }
    }
  }

  /** The region that decides, if any: the site's, else the account's. */
  Optional<String> region(Stakeholder person) {
    Optional<SiteId> site = person.site();
    return site.isPresent() ? siteRegions.getOrDefault(site.get(), accountRegion) : accountRegion;
  }
}
