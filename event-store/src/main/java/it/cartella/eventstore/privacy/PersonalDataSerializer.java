package it.cartella.eventstore.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

import javax.crypto.SecretKey;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Encrypts every {@code @PersonalData} value with its data subject's key as it is serialized, and decrypts it as it
 * is read, around Axon's Jackson serializer. Used for events, snapshots and sagas, so erasing a person (destroying the
 * key, {@link SubjectKeyStore#destroy}) erases their personal data in all three while the pseudonymous rest (codes,
 * dates of acts, Comune, birth year) stays readable for statistics.
 *
 * <p>In the stored JSON an encrypted value is {@code {"$pd": "<AES-GCM, base64>", "s": "<subject id>"}}; once the key
 * is gone it reads back as {@code null}, which events accept for personal fields.
 */
public final class PersonalDataSerializer implements Serializer {

    static final String MARKER = "$pd";
    static final String SUBJECT = "s";
    private static final String MARKER_IN_JSON = "\"" + MARKER + "\"";

    private final JacksonSerializer delegate;
    private final ObjectMapper mapper;
    private final SubjectKeyStore keys;

    public PersonalDataSerializer(JacksonSerializer delegate, SubjectKeyStore keys) {
        this.delegate = delegate;
        this.mapper = delegate.getObjectMapper();
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !PersonalFields.of(object.getClass()).mayHoldPersonalData()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        JsonNode tree = protect(object, mapper.valueToTree(object), null);
        SerializedObject<String> serialized;
        try {
            serialized = new SimpleSerializedObject<>(mapper.writeValueAsString(tree), String.class,
                    delegate.typeForClass(object.getClass()));
        } catch (JsonProcessingException e) {
            throw new SerializationException("Cannot write " + object.getClass().getName(), e);
        }
        return delegate.getConverter().convert(serialized, expectedRepresentation);
    }

    /** Replaces personal values in {@code node} (the JSON of {@code value}) with their encrypted form. */
    private JsonNode protect(Object value, JsonNode node, String inheritedSubject) {
        if (value == null || node == null || node.isNull()) {
            return node;
        }
        if (value instanceof Collection<?> items && node instanceof ArrayNode array) {
            Iterator<?> item = items.iterator();
            for (int i = 0; i < array.size() && item.hasNext(); i++) {
                array.set(i, protect(item.next(), array.get(i), inheritedSubject));
            }
            return array;
        }
        PersonalFields fields = PersonalFields.of(value.getClass());
        if (!fields.mayHoldPersonalData() || !(node instanceof ObjectNode object)) {
            return node;
        }
        String subject = fields.subject() == null ? inheritedSubject : stringOf(fields.subject().read(value));
        for (PersonalFields.Property property : fields.properties()) {
            JsonNode child = object.get(property.name());
            if (child == null || child.isNull()) {
                continue;
            }
            if (property.personal()) {
                object.set(property.name(), encrypted(child, subject, value.getClass()));
            } else {
                object.set(property.name(), protect(property.read(value), child, subject));
            }
        }
        return object;
    }

    private JsonNode encrypted(JsonNode plain, String subject, Class<?> owner) {
        if (subject == null) {
            throw new SerializationException(owner.getName() + " holds personal data but names no data subject");
        }
        Optional<SecretKey> key = keys.keyForWriting(subject);
        if (key.isEmpty()) {
            // The subject was erased: their personal data is not written again, in any form.
            return NullNode.getInstance();
        }
        return mapper.createObjectNode()
                .put(MARKER, FieldCipher.encrypt(key.get(), subject, plain.toString()))
                .put(SUBJECT, subject);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedObject<String> asString = delegate.getConverter().convert(serializedObject, String.class);
        String data = asString.getData();
        if (data == null || !data.contains(MARKER_IN_JSON)) {
            return delegate.deserialize(serializedObject);
        }
        try {
            JsonNode revealed = reveal(mapper.readTree(data));
            return delegate.deserialize(new SimpleSerializedObject<>(mapper.writeValueAsString(revealed),
                    String.class, serializedObject.getType()));
        } catch (JsonProcessingException e) {
            throw new SerializationException("Cannot read a stored " + serializedObject.getType().getName(), e);
        }
    }

    /** Decrypts the encrypted values in {@code node}; those whose key was destroyed become null. */
    private JsonNode reveal(JsonNode node) throws JsonProcessingException {
        if (node instanceof ObjectNode object) {
            if (object.has(MARKER) && object.has(SUBJECT)) {
                String subject = object.get(SUBJECT).asText();
                Optional<SecretKey> key = keys.keyForReading(subject);
                return key.isEmpty() ? NullNode.getInstance()
                        : mapper.readTree(FieldCipher.decrypt(key.get(), subject, object.get(MARKER).asText()));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(reveal(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, reveal(array.get(i)));
            }
        }
        return node;
    }

    private static String stringOf(Object subject) {
        return subject == null ? null : subject.toString();
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
