package dev.kamkit.json.deser;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TeamMember;

/**
 * The property tables as writers, for the writing package: the parts a document or a result writes
 * on its own. Everything inside them is written by the tables they refer to, so each property is
 * spelt once, for reading and writing alike.
 */
public final class TableWriters {
  /** The properties of an account document after its envelope, into the open object. */
  public static final Sink.Writer<KeyAccount> ACCOUNT_BODY =
      KeyAccountReader.DOCUMENT::writeProperties;

  /** An element of a portfolio's {@code accounts}: products and team as ids. */
  public static final Sink.Writer<KeyAccount> PORTFOLIO_ACCOUNT =
      KeyAccountReader.PORTFOLIO_ACCOUNT::write;

  /** An entry of a portfolio's {@code products} catalogue. */
  public static final Sink.Writer<Product> PRODUCT = ProductReader.PRODUCT_OBJECT;

  /** An entry of a portfolio's {@code team} catalogue. */
  public static final Sink.Writer<TeamMember> TEAM_MEMBER = TeamReader.TEAM_MEMBER_OBJECT;

  /** A relationship object. */
  public static final Sink.Writer<Relationship> RELATIONSHIP = TeamReader.RELATIONSHIP_OBJECT;

  /** A money object. */
  public static final Sink.Writer<Money> MONEY = ValueReader.MONEY;

  /** An attribute value object. */
  public static final Sink.Writer<AttributeValue> ATTRIBUTE = ValueReader.ATTRIBUTE;

  /** Any id, as its text. */
  public static final Sink.Writer<KamId> ID = (out, id) -> Scalars.writeText(out, id.value());

  private TableWriters() {}
}
