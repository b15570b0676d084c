package com.raptorcomply.sync.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests under {@code k8s/}, read offline into fabric8's Kubernetes model. The model is lenient (a field it
 * does not know lands in "additional properties"), so {@link #unknownFields} finds those, at any depth.
 */
final class Manifests {

    static final Path DIRECTORY = Path.of("k8s");
    static final Path KUSTOMIZATION = DIRECTORY.resolve("kustomization.yaml");
    static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of(
            "batch/v1 CronJob", CronJob.class,
            "batch/v1 Job", Job.class,
            "apps/v1 Deployment", Deployment.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class);

    private Manifests() {
    }

    /** Every Kubernetes object file in {@code k8s/} (the kustomization is kustomize's, not an API object). */
    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .filter(file -> !file.equals(KUSTOMIZATION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HasMetadata read(Path file) {
        String text = text(file);
        if (text.lines().anyMatch(line -> line.startsWith("---"))) {
            throw new AssertionError(file + ": one object per file, please (no '---')");
        }
        return parse(text, file.toString());
    }

    /** One YAML document as the model class of its apiVersion and kind; {@code where} names it in failures. */
    static HasMetadata parse(String document, String where) {
        JsonNode tree = YAML.readTree(document);
        String type = tree.path("apiVersion").asString() + " " + tree.path("kind").asString();
        Class<? extends HasMetadata> model = MODELS.get(type);
        if (model == null) {
            throw new AssertionError(where + ": unexpected apiVersion and kind '" + type + "', known: " + MODELS.keySet());
        }
        return YAML.treeToValue(tree, model);
    }

    static <T extends HasMetadata> T read(String fileName, Class<T> type) {
        return type.cast(read(DIRECTORY.resolve(fileName)));
    }

    static List<HasMetadata> all() {
        return files().stream().map(Manifests::read).toList();
    }

    /** The pod template of a workload (CronJob, Job, Deployment); null for configuration objects. */
    static PodTemplateSpec podTemplateOf(HasMetadata resource) {
        if (resource instanceof CronJob cronJob) {
            return cronJob.getSpec().getJobTemplate().getSpec().getTemplate();
        }
        if (resource instanceof Job job) {
            return job.getSpec().getTemplate();
        }
        if (resource instanceof Deployment deployment) {
            return deployment.getSpec().getTemplate();
        }
        return null;
    }

    /** The paths of every field the model did not recognise, e.g. {@code spec.jobTemplate.spec.backofLimit}. */
    static List<String> unknownFields(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found);
        return found;
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                walk(element, path + "[" + index++ + "]", found);
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, element) -> walk(element, path + "." + key, found));
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : value.getClass().getMethods()) {
                if (isGetter(getter)) {
                    visit(value, getter, path, found);
                }
            }
        }
    }

    private static void visit(Object owner, Method getter, String path, List<String> found) {
        Object child = invoke(owner, getter);
        if (getter.getName().equals("getAdditionalProperties")) {
            ((Map<?, ?>) child).keySet().forEach(key -> found.add(path + "." + key));
        } else {
            String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            walk(child, path.isEmpty() ? property : path + "." + property, found);
        }
    }

    private static boolean isGetter(Method method) {
        return method.getName().startsWith("get") && method.getParameterCount() == 0
                && !java.lang.reflect.Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass().getName().startsWith("io.fabric8.kubernetes.api.model");
    }

    private static Object invoke(Object owner, Method getter) {
        try {
            return getter.invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot read " + getter + " of " + owner, e);
        }
    }
}
