package io.amlargs.processor.config;

import io.amlargs.processor.schema.JavaType;
import io.amlargs.processor.schema.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The Java types of keys as compiler types, and whether a method's return type fits one. */
final class KeyTypes {

    private final Elements elements;
    private final Types types;
    private final SchemaModel model;
    private final String argsPackage;

    KeyTypes(Elements elements, Types types, SchemaModel model, String argsPackage) {
        this.elements = elements;
        this.types = types;
        this.model = model;
        this.argsPackage = argsPackage;
    }

    /**
     * Returns the type of a key, or empty when it is a generated type that is not on the class
     * path, which the caller reports once for the whole dictionary.
     */
    Optional<TypeMirror> typeOf(JavaType type) {
        return switch (type.kind()) {
            case STRING -> Optional.of(declared(String.class));
            case INTEGER -> Optional.of(declared(Integer.class));
            case DOUBLE -> Optional.of(declared(Double.class));
            case BOOLEAN -> Optional.of(declared(Boolean.class));
            case STRING_LIST -> Optional.of(declared(List.class, declared(String.class)));
            case STRING_MAP -> Optional.of(declared(Map.class, declared(String.class), declared(String.class)));
            case OBJECT_MAP -> Optional.of(declared(Map.class, declared(String.class), declared(Object.class)));
            case DEFINITION -> generated(type).map(TypeElement::asType);
            case DEFINITION_LIST -> generated(type).map(element -> declared(List.class, element.asType()));
        };
    }

    /**
     * Returns whether a method returning {@code returned} can pass its value to a setter taking
     * {@code keyType}: a subtype, or a primitive whose box is one. A raw or wildcard type is not
     * a subtype of {@code List<String>}, so it does not fit.
     */
    boolean accepts(TypeMirror returned, TypeMirror keyType) {
        TypeMirror boxed = returned.getKind().isPrimitive()
                ? types.boxedClass((PrimitiveType) returned).asType()
                : returned;
        return types.isSubtype(boxed, keyType);
    }

    /** Returns the type of a key as a message writes it: {@code Integer}, {@code List<DataPath>}. */
    String spelling(JavaType type) {
        return switch (type.kind()) {
            case DEFINITION -> javaName(type);
            case DEFINITION_LIST -> "List<" + javaName(type) + ">";
            default -> type.kind().spelling();
        };
    }

    /** Returns the primitive that stands for a key's type, such as {@code int}, or null. */
    static String primitive(JavaType type) {
        return switch (type.kind()) {
            case INTEGER -> "int";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            default -> null;
        };
    }

    private String javaName(JavaType type) {
        return model.require(type.definitionName()).javaName();
    }

    private Optional<TypeElement> generated(JavaType type) {
        return Optional.ofNullable(elements.getTypeElement(argsPackage + "." + javaName(type)));
    }

    private TypeMirror declared(Class<?> type, TypeMirror... arguments) {
        return types.getDeclaredType(elements.getTypeElement(type.getCanonicalName()), arguments);
    }
}
