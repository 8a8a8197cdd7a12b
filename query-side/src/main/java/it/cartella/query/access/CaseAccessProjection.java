package it.cartella.query.access;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import it.cartella.kernel.access.BreakGlassUsed;
import it.cartella.kernel.access.CaseSealed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.person.PersonErased;
import it.cartella.kernel.referral.ReferralAccepted;
import it.cartella.kernel.referral.ReferralClosed;
import it.cartella.kernel.referral.ReferralRejected;
import it.cartella.kernel.referral.ReferralRevoked;
import it.cartella.kernel.referral.ReferralSent;
import it.cartella.kernel.referral.ReferralStatus;
import it.cartella.kernel.sharing.ShareGranted;
import it.cartella.kernel.sharing.ShareRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;

import static it.cartella.query.access.AccessCollections.*;

/**
 * Keeps the facts access is decided from. Run it in a subscribing processor: its writes happen while the command
 * that caused them is handled, so a revocation or an acceptance holds from the very next request, on every node
 * (they all read the same database). Every write is idempotent, so it may also be replayed from the events.
 */
@ProcessingGroup(CaseAccessProjection.PROCESSING_GROUP)
public class CaseAccessProjection {

    public static final String PROCESSING_GROUP = "case-access";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPSERT_UPDATE = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> grants;
    private final MongoCollection<Document> referrals;
    private final MongoCollection<Document> breakGlass;

    public CaseAccessProjection(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        cases = database.getCollection(CASES);
        grants = database.getCollection(GRANTS);
        referrals = database.getCollection(REFERRALS);
        breakGlass = database.getCollection(BREAK_GLASS);
        grants.createIndex(Indexes.ascending("caseId"));
        grants.createIndex(Indexes.ascending("recipient"));
        grants.createIndex(Indexes.descending("expiresAt"));
        referrals.createIndex(Indexes.ascending("caseId"));
        referrals.createIndex(Indexes.ascending("to"));
        breakGlass.createIndex(Indexes.ascending("caseId"));
        // Every list asks for the sealed cases and the user's open break-glass accesses (CaseAccessQueries).
        cases.createIndex(Indexes.ascending("sealed"));
        breakGlass.createIndex(Indexes.ascending("user"));
    }

    @EventHandler
    void on(CaseOpened event) {
        cases.updateOne(Filters.eq("_id", event.caseId().value()), Updates.combine(
                Updates.set("personId", event.personId().value()),
                Updates.set("owner", event.owningOrganisation().value()),
                Updates.set("caseManager", event.caseManager().value())), UPSERT_UPDATE);
    }

    @EventHandler
    void on(CaseManagerAssigned event) {
        cases.updateOne(Filters.eq("_id", event.caseId().value()),
                Updates.set("caseManager", event.caseManager().value()), UPSERT_UPDATE);
    }

    @EventHandler
    void on(CaseTransferred event) {
        cases.updateOne(Filters.eq("_id", event.caseId().value()), Updates.combine(
                Updates.set("owner", event.toOrganisation().value()),
                Updates.set("caseManager", event.newCaseManager() == null ? null : event.newCaseManager().value())),
                UPSERT_UPDATE);
    }

    @EventHandler
    void on(CaseSealed event) {
        cases.updateOne(Filters.eq("_id", event.caseId().value()), Updates.combine(
                Updates.set("sealed", true),
                Updates.set("sealMembers", event.members().stream().map(UserId::value).sorted().toList())),
                UPSERT_UPDATE);
    }

    @EventHandler
    void on(BreakGlassUsed event, @Timestamp Instant at) {
        Document use = new Document("_id", event.sealId().value() + ":" + at.toEpochMilli() + ":" + event.user().value())
                .append("caseId", event.caseId().value())
                .append("personId", event.personId() == null ? null : event.personId().value())
                .append("justification", event.justification())
                .append("user", event.user().value())
                .append("organisation", event.organisation().value())
                .append("at", Date.from(at))
                .append("until", Date.from(event.until()));
        breakGlass.replaceOne(Filters.eq("_id", use.get("_id")), use, UPSERT);
    }

    /** A justification may describe the person: it goes with them. */
    @EventHandler
    void on(PersonErased event) {
        breakGlass.updateMany(Filters.eq("personId", event.personId().value()),
                Updates.set("justification", PersonErased.ERASED));
    }

    @EventHandler
    void on(ShareGranted event) {
        Document grant = new Document("_id", event.shareGrantId().value())
                .append("caseId", event.caseId().value())
                .append("grantor", event.grantingOrganisation().value())
                .append("recipient", event.recipient().value())
                .append("purpose", event.terms().purpose())
                .append("categories", event.terms().categories().stream().map(Enum::name).sorted().toList())
                .append("legalBasis", event.terms().legalBasis().name())
                .append("legalReference", event.terms().legalReference())
                .append("consent", event.terms().consent() != null)
                .append("expiresAt", Date.from(event.expiresAt()))
                .append("revoked", false);
        grants.replaceOne(Filters.eq("_id", grant.get("_id")), grant, UPSERT);
    }

    @EventHandler
    void on(ShareRevoked event) {
        grants.updateOne(Filters.eq("_id", event.shareGrantId().value()), Updates.combine(
                Updates.set("revoked", true), Updates.set("revocationReason", event.reason().name())));
    }

    @EventHandler
    void on(ReferralSent event) {
        Document referral = new Document("_id", event.referralId().value())
                .append("caseId", event.caseId().value())
                .append("from", event.from().value())
                .append("to", event.to().value())
                .append("purpose", event.terms().purpose())
                .append("categories", event.terms().categories().stream().map(Enum::name).sorted().toList())
                .append("legalBasis", event.terms().legalBasis().name())
                .append("legalReference", event.terms().legalReference())
                .append("status", ReferralStatus.SENT.name());
        referrals.replaceOne(Filters.eq("_id", referral.get("_id")), referral, UPSERT);
    }

    @EventHandler
    void on(ReferralAccepted event) {
        status(event.referralId().value(), ReferralStatus.ACCEPTED);
    }

    @EventHandler
    void on(ReferralRejected event) {
        status(event.referralId().value(), ReferralStatus.REJECTED);
    }

    @EventHandler
    void on(ReferralClosed event) {
        status(event.referralId().value(), ReferralStatus.CLOSED);
    }

    @EventHandler
    void on(ReferralRevoked event) {
        status(event.referralId().value(), ReferralStatus.REVOKED);
    }

    private void status(String referralId, ReferralStatus status) {
        referrals.updateOne(Filters.eq("_id", referralId), Updates.set("status", status.name()));
    }

    @ResetHandler
    void reset() {
        cases.deleteMany(new Document());
        grants.deleteMany(new Document());
        referrals.deleteMany(new Document());
        breakGlass.deleteMany(new Document());
    }
}
