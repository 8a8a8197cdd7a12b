package it.cartella.eventstore;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;

import java.time.Instant;

/** An event published outside any aggregate, as read back from a commit. */
final class TrackedNonDomainEvent implements TrackedEventData<String> {

    private final TrackingToken token;
    private final String eventIdentifier;
    private final Instant timestamp;
    private final SerializedObject<String> payload;
    private final SerializedObject<String> metaData;

    TrackedNonDomainEvent(TrackingToken token, String eventIdentifier, String timestamp,
                          SerializedObject<String> payload, SerializedObject<String> metaData) {
        this.token = token;
        this.eventIdentifier = eventIdentifier;
        this.timestamp = Instant.parse(timestamp);
        this.payload = payload;
        this.metaData = metaData;
    }

    @Override
    public TrackingToken trackingToken() {
        return token;
    }

    @Override
    public String getEventIdentifier() {
        return eventIdentifier;
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return metaData;
    }

    @Override
    public SerializedObject<String> getPayload() {
        return payload;
    }
}
