package com.raptorcomply.sync.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import java.util.List;

/** Follows a {@code *_FILE} variable to the Secret item that provides the file, to see whether it is optional. */
final class SecretFiles {

    private SecretFiles() {
    }

    /** Whether the pod starts without the Secret item behind the file that {@code variable} names. */
    static boolean isOptional(PodSpec pod, Container container, String variable) {
        String file = container.getEnv().stream().filter(env -> env.getName().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " does not set " + variable)).getValue();
        VolumeMount mount = container.getVolumeMounts().stream()
                .filter(candidate -> file.startsWith(candidate.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("no volume is mounted where " + variable + " points: " + file));
        String path = file.substring(mount.getMountPath().length() + 1);
        var volume = pod.getVolumes().stream().filter(candidate -> candidate.getName().equals(mount.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no volume " + mount.getName()));
        if (volume.getSecret() != null) {
            requireItem(volume.getSecret().getItems(), path, variable);
            return Boolean.TRUE.equals(volume.getSecret().getOptional());
        }
        if (volume.getProjected() != null) {
            VolumeProjection source = volume.getProjected().getSources().stream()
                    .filter(candidate -> candidate.getSecret() != null)
                    .filter(candidate -> hasItem(candidate.getSecret().getItems(), path)).findFirst()
                    .orElseThrow(() -> new AssertionError("no secret source provides " + path + " for " + variable));
            return Boolean.TRUE.equals(source.getSecret().getOptional());
        }
        throw new AssertionError(variable + " points into volume " + mount.getName() + ", which is not a Secret");
    }

    private static void requireItem(List<KeyToPath> items, String path, String variable) {
        if (items != null && !hasItem(items, path)) {
            throw new AssertionError("the secret volume has no item for " + path + " (" + variable + ")");
        }
    }

    private static boolean hasItem(List<KeyToPath> items, String path) {
        return items != null && items.stream().anyMatch(item -> item.getPath().equals(path));
    }
}
