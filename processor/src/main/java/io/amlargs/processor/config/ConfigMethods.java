package io.amlargs.processor.config;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Collects the abstract methods of an interface, its own and inherited ones, in a fixed order:
 * its methods in source order, then those of each superinterface in declaration order. A method
 * overridden or redeclared by one already collected is skipped, so a default method in the
 * interface hides an abstract one of its parent.
 */
final class ConfigMethods {

    private final Types types;

    ConfigMethods(Types types) {
        this.types = types;
    }

    /** Returns the abstract methods of {@code config}, without the redeclared methods of {@code Object}. */
    List<ExecutableElement> abstractMethods(TypeElement config) {
        List<ExecutableElement> methods = new ArrayList<>();
        collect(config, methods);
        return methods.stream()
                .filter(method -> method.getModifiers().contains(Modifier.ABSTRACT))
                .filter(method -> !isObjectMethod(method))
                .toList();
    }

    private void collect(TypeElement type, List<ExecutableElement> methods) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            boolean inherited = !method.getModifiers().contains(Modifier.STATIC)
                    && !method.getModifiers().contains(Modifier.PRIVATE);
            if (inherited && methods.stream().noneMatch(collected -> sameSignature(collected, method))) {
                methods.add(method);
            }
        }
        for (TypeMirror parent : type.getInterfaces()) {
            Element element = types.asElement(parent);
            if (element instanceof TypeElement parentType) {
                collect(parentType, methods);
            }
        }
    }

    private boolean sameSignature(ExecutableElement a, ExecutableElement b) {
        boolean sameName = a.getSimpleName().contentEquals(b.getSimpleName());
        if (!sameName || a.getParameters().size() != b.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < a.getParameters().size(); i++) {
            TypeMirror first = types.erasure(a.getParameters().get(i).asType());
            TypeMirror second = types.erasure(b.getParameters().get(i).asType());
            if (!types.isSameType(first, second)) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether {@code method} redeclares {@code toString()}, {@code hashCode()} or {@code equals(Object)}. */
    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        int parameters = method.getParameters().size();
        return parameters == 0 && (name.equals("toString") || name.equals("hashCode"))
                || parameters == 1 && name.equals("equals")
                        && method.getParameters().get(0).asType().toString().equals("java.lang.Object");
    }
}
