package fixture.args;

import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Selectors;
import io.amlargs.validation.Violation;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * How to sign in.
 *
 * <p>The shapes of {@code auth}, distinguished by the key {@code type}.
 */
@Generated("io.amlargs.processor.ArgsProcessor")
public sealed interface Auth permits KeyAuth, MsiAuth {
    /**
     * The key inside the object that names its shape.
     */
    String DISCRIMINATOR = "type";

    /**
     * The discriminator values, one per shape, in schema order.
     */
    List<String> SHAPES = List.of("KeyAuthentication", "MsiAuthentication");

    /**
     * Returns the discriminator value that names this shape.
     */
    String type();

    /**
     * Returns the set keys by documented name, with secrets included.
     */
    Map<String, Object> toMap();

    /**
     * Returns {@link #toMap()} with every secret shown as {@code <redacted>}.
     */
    Map<String, Object> toRedactedMap();

    /**
     * Reads the shape that the {@code type} key of {@code map} names; an absent or unknown value is a violation that lists the shapes.
     */
    static ReadResult<Auth> read(Map<String, ?> map, String path) {
        Object shape = map.get(DISCRIMINATOR);
        if (shape instanceof String name) {
            switch (name) {
                case "KeyAuthentication":
                    return ReadResult.widen(KeyAuth.read(map, path));
                case "MsiAuthentication":
                    return ReadResult.widen(MsiAuth.read(map, path));
                default:
                    break;
            }
        }
        return new ReadResult<>(null, List.of(Selectors.unknownShape(path, DISCRIMINATOR, shape, SHAPES, "auth")));
    }

    /**
     * Reads the arguments from {@code map}; see {@code read}.
     *
     * @throws ArgsValidationException if there is an error; the message lists every violation
     */
    static Auth fromMap(Map<String, ?> map) {
        return read(map, "auth").orThrow();
    }

    /**
     * Returns every error and warning of {@code args} with the validator of its record.
     */
    static List<Violation> validate(Auth args, String path) {
        if (args instanceof KeyAuth member) {
            return KeyAuthValidator.validate(member, path);
        }
        return MsiAuthValidator.validate((MsiAuth) args, path);
    }
}
