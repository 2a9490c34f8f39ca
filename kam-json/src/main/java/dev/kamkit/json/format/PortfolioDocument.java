package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.Portfolio;

/**
 * A portfolio document, {@code "kamkit": "portfolio"}: many key accounts, with the products and
 * team members they share written once in top-level catalogues and referred to by id.
 *
 * @param portfolio the portfolio
 * @param version the format version; see {@link KamDocument#version()}
 * @param unknownProperties see {@link KamDocument#unknownProperties()}
 */
public record PortfolioDocument(
    Portfolio portfolio, FormatVersion version, UnknownProperties unknownProperties)
    implements KamDocument {

  /** Checks that no component is null. */
  public PortfolioDocument {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(version, "version");
    requireNonNull(unknownProperties, "unknownProperties");
  }

  /** A new document of the current version for {@code portfolio}. */
  public static PortfolioDocument of(Portfolio portfolio) {
    return new PortfolioDocument(
        portfolio, DocumentKind.PORTFOLIO.currentVersion(), UnknownProperties.none());
  }

  /** Always {@link DocumentKind#PORTFOLIO}. */
  @Override
  public DocumentKind kind() {
    return DocumentKind.PORTFOLIO;
  }

  /** A copy holding another portfolio, keeping the version and unknown properties. */
  public PortfolioDocument withPortfolio(Portfolio value) {
    return new PortfolioDocument(value, version, unknownProperties);
  }
}
