package io.amlargs.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.DefinitionKind;
import io.amlargs.processor.schema.JavaType;
import io.amlargs.processor.schema.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Names of the types that generated code declares and uses, and the labels and path roots of
 * definitions in messages. One instance serves one target package.
 */
final class ArgsTypes {

    static final String VALIDATION = "io.amlargs.validation";
    static final String CATALOG = "io.amlargs.catalog";
    static final ClassName VIOLATION = ClassName.get(VALIDATION, "Violation");
    static final ClassName VIOLATION_IDS = ClassName.get(VALIDATION, "ViolationIds");
    static final ClassName VIOLATIONS = ClassName.get(VALIDATION, "Violations");
    static final ClassName READ_RESULT = ClassName.get(VALIDATION, "ReadResult");
    static final ClassName MAP_READER = ClassName.get(VALIDATION, "MapReader");
    static final ClassName ARG_PATHS = ClassName.get(VALIDATION, "ArgPaths");
    static final ClassName ARGS_COLLECTIONS = ClassName.get(VALIDATION, "ArgsCollections");
    static final ClassName VALUE_CHECKS = ClassName.get(VALIDATION, "ValueChecks");
    static final ClassName RULE_CHECKS = ClassName.get(VALIDATION, "RuleChecks");
    static final ClassName SELECTORS = ClassName.get(VALIDATION, "Selectors");
    static final ClassName STRING_FORM = ClassName.get(VALIDATION, "StringForm");
    static final ClassName VALUE_TEXT = ClassName.get(VALIDATION, "ValueText");
    static final ClassName EXCEPTION = ClassName.get(VALIDATION, "ArgsValidationException");
    static final ClassName ARGS_GROUP = ClassName.get(CATALOG, "ArgsGroup");
    static final ClassName ARGS_VARIANT = ClassName.get(CATALOG, "ArgsVariant");
    static final ClassName ARGS_KEY = ClassName.get(CATALOG, "ArgsKey");

    static final TypeName STRING = ClassName.get(String.class);
    static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);
    static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);
    static final TypeName VIOLATION_LIST = ParameterizedTypeName.get(ClassName.get(List.class), VIOLATION);
    static final TypeName OBJECT_MAP = ParameterizedTypeName.get(Map.class, String.class, Object.class);
    static final TypeName INPUT_MAP = ParameterizedTypeName.get(
            ClassName.get(Map.class), STRING, WildcardTypeName.subtypeOf(Object.class));

    /** The processor named in {@code @Generated}. */
    static final AnnotationSpec GENERATED = AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", "io.amlargs.processor.ArgsProcessor")
            .build();

    private final SchemaModel model;
    private final String packageName;
    private final Element origin;

    ArgsTypes(SchemaModel model, String packageName, Element origin) {
        this.model = model;
        this.packageName = packageName;
        this.origin = origin;
    }

    /**
     * Starts a generated top-level type: {@code @Generated} and the originating element. The
     * element is set here because {@code TypeSpec.toBuilder()} of JavaPoet 0.23 drops the record
     * constructor.
     */
    TypeSpec.Builder start(TypeSpec.Builder spec) {
        spec.addAnnotation(GENERATED);
        if (origin != null) {
            spec.addOriginatingElement(origin);
        }
        return spec;
    }

    SchemaModel model() {
        return model;
    }

    String packageName() {
        return packageName;
    }

    /** Returns the generated type of {@code definition}. */
    ClassName className(Definition definition) {
        return ClassName.get(packageName, definition.javaName());
    }

    /** Returns the validator class of a record definition. */
    ClassName validatorName(Definition definition) {
        return ClassName.get(packageName, definition.javaName() + "Validator");
    }

    /** Returns the Java type of a key. */
    TypeName typeName(JavaType type) {
        return switch (type.kind()) {
            case STRING -> STRING;
            case INTEGER -> ClassName.get(Integer.class);
            case DOUBLE -> ClassName.get(Double.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case STRING_LIST -> STRING_LIST;
            case STRING_MAP -> ParameterizedTypeName.get(Map.class, String.class, String.class);
            case OBJECT_MAP -> OBJECT_MAP;
            case DEFINITION -> referenced(type);
            case DEFINITION_LIST -> ParameterizedTypeName.get(ClassName.get(List.class), referenced(type));
        };
    }

    /** Returns the generated type that a key of a definition type refers to. */
    ClassName referenced(JavaType type) {
        return className(model.require(type.definitionName()));
    }

    /** Returns the sealed interface that {@code definition} implements, if any. */
    ClassName parentName(Definition definition) {
        return model.parentOf(definition).map(this::className).orElse(null);
    }

    /**
     * Returns how messages name the dictionary or object: {@code compute_args (AmlComputeCluster)},
     * {@code auth (MsiAuthentication)}, {@code workspace_args} or {@code DataPath}.
     */
    String owner(Definition definition) {
        if (definition.kind() == DefinitionKind.VARIANT) {
            return definition.group() + " (" + definition.variant() + ")";
        }
        if (definition.kind() == DefinitionKind.GROUP || definition.kind() == DefinitionKind.GROUP_VARIANTS) {
            return definition.group();
        }
        Definition union = model.parentOf(definition).orElse(null);
        if (union != null) {
            return union.name() + " (" + shapeName(union, definition) + ")";
        }
        return definition.name();
    }

    /** Returns the path of the definition when it is read on its own: a group name or definition name. */
    String pathRoot(Definition definition) {
        if (definition.group() != null) {
            return definition.group();
        }
        return model.parentOf(definition).map(Definition::name).orElse(definition.name());
    }

    /** Returns the discriminator value that names {@code shape} in {@code union}. */
    static String shapeName(Definition union, Definition shape) {
        return shape.property(union.discriminator()).orElseThrow().constraints().constant().asText();
    }
}
