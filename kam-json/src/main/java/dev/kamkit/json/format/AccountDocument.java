package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;

/**
 * An account document, {@code "kamkit": "account"}: one key account with everything in it.
 *
 * @param keyAccount the key account
 * @param version the format version; see {@link KamDocument#version()}
 * @param unknownProperties see {@link KamDocument#unknownProperties()}
 */
public record AccountDocument(
    KeyAccount keyAccount, FormatVersion version, UnknownProperties unknownProperties)
    implements KamDocument {

  /** Checks that no component is null. */
  public AccountDocument {
    requireNonNull(keyAccount, "keyAccount");
    requireNonNull(version, "version");
    requireNonNull(unknownProperties, "unknownProperties");
  }

  /** A new document of the current version for {@code keyAccount}. */
  public static AccountDocument of(KeyAccount keyAccount) {
    return new AccountDocument(
        keyAccount, DocumentKind.ACCOUNT.currentVersion(), UnknownProperties.none());
  }

  /** Always {@link DocumentKind#ACCOUNT}. */
  @Override
  public DocumentKind kind() {
    return DocumentKind.ACCOUNT;
  }

  /** A copy holding another key account, keeping the version and unknown properties. */
  public AccountDocument withKeyAccount(KeyAccount value) {
    return new AccountDocument(value, version, unknownProperties);
  }
}
