package io.amlargs.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the class files of a compile-testing compilation, so tests can run generated code. */
final class GeneratedClassLoader extends ClassLoader {

    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private final Map<String, JavaFileObject> classFiles = new HashMap<>();

    GeneratedClassLoader(Compilation compilation) {
        super(GeneratedClassLoader.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && path.startsWith(CLASS_OUTPUT)) {
                String binaryName = path.substring(CLASS_OUTPUT.length(), path.length() - ".class".length()).replace('/', '.');
                classFiles.put(binaryName, file);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file = classFiles.get(name);
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream input = file.openInputStream()) {
            byte[] bytes = input.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException("cannot read the class file of " + name, e);
        }
    }
}
