package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server's fast paths for unique indexes give exactly the stock answers: the same keys for a document
 * ({@link SimpleIndexKeys} against mongo-java-server's {@code Index.getKeyValues}) and the same order of two values
 * ({@link ValueOrderedKeyType#compareValue} against its {@code ValueComparator}), over many random values of every
 * kind the fast paths take and some they must leave to the stock code.
 */
class SimpleIndexKeysTest {

    private static final List<IndexKey> ONE_FIELD = List.of(new IndexKey("f", true));
    private final Random random = new Random(20261122L);

    @Test
    void theKeysOfADocumentAreTheStockKeys() {
        ValueOrderedUniqueIndex stock = new ValueOrderedUniqueIndex(null, "f_1", ONE_FIELD, false);
        SimpleIndexKeys fast = SimpleIndexKeys.of(ONE_FIELD, false);
        int answered = 0;
        for (int i = 0; i < 20_000; i++) {
            Document document = new Document("_id", i);
            Object value = random.nextInt(5) == 0 ? randomArray() : randomValue();
            if (!(value instanceof Absent)) {
                document.put("f", value);
            }
            Set<KeyValue> keys = fast.of(document);
            if (keys != null) {
                answered++;
                assertThat(new ArrayList<>(keys)).as("keys of %s", document)
                        .isEqualTo(new ArrayList<>(stock.getKeyValues(document)));
            } else {
                assertThat(value.toString()).as("left to the stock code").contains("nested");
            }
        }
        assertThat(answered).isGreaterThan(18_000);
    }

    @Test
    void compoundDottedAndSparseIndexesAreLeftToTheStockCode() {
        assertThat(SimpleIndexKeys.of(List.of(new IndexKey("a", true), new IndexKey("b", true)), false)).isNull();
        assertThat(SimpleIndexKeys.of(List.of(new IndexKey("a.b", true)), false)).isNull();
        assertThat(SimpleIndexKeys.of(ONE_FIELD, true)).isNull();
    }

    @Test
    void twoValuesCompareAsTheStockComparatorComparesThem() {
        ValueComparator stock = ValueComparator.ascWithoutListHandling();
        for (int i = 0; i < 200_000; i++) {
            Object left = SimpleIndexKeys.normalized(present(randomValue()));
            Object right = random.nextInt(10) == 0 ? left : SimpleIndexKeys.normalized(present(randomValue()));
            if (left instanceof Document || right instanceof Document) {
                continue;
            }
            assertThat(Integer.signum(ValueOrderedKeyType.compareValue(left, right)))
                    .as("%s against %s", left, right)
                    .isEqualTo(Integer.signum(stock.compare(left, right)));
        }
    }

    private static Object present(Object value) {
        return value instanceof Absent ? null : value;
    }

    private Object randomArray() {
        List<Object> elements = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            Object element = randomValue();
            elements.add(element instanceof Absent ? null : element);
            if (random.nextInt(4) == 0) {
                elements.add(elements.get(0));
            }
        }
        return elements;
    }

    private Object randomValue() {
        return switch (random.nextInt(12)) {
            case 0 -> "s" + random.nextInt(50);
            case 1 -> random.nextInt(3) == 0 ? "" : "é" + random.nextInt(5);
            case 2 -> new ObjectId();
            case 3 -> random.nextBoolean();
            case 4 -> (long) random.nextInt(100) - 50;
            case 5 -> random.nextBoolean() ? (1L << 53) + random.nextInt(5) : Long.MIN_VALUE + random.nextInt(3);
            case 6 -> random.nextInt(100) - 50;
            case 7 -> (random.nextInt(200) - 100) / 4.0;
            case 8 -> List.of(-0.0, 0.0, Double.NaN, 3e10 + 0.5, 3e10, 1e300, -1e300).get(random.nextInt(7));
            case 9 -> random.nextBoolean() ? null : Absent.INSTANCE;
            case 10 -> new Document("nested", random.nextInt(3));
            default -> (long) random.nextInt(1_000_000);
        };
    }

    /** A field left out of the document. */
    private enum Absent {
        INSTANCE
    }
}
