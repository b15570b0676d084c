package com.raptorcomply.sync.client;

import okhttp3.ResponseBody;
import retrofit2.Call;

/** Picks the Retrofit method of a resource type. */
final class ResourceCalls {

    private ResourceCalls() {
    }

    static Call<ResponseBody> list(RaptorComplyApi api, ResourceType type) {
        return switch (type) {
            case FACILITY -> api.listFacilities();
            case CONTROL_CENTER -> api.listControlCenters();
            case CYBER_SYSTEM -> api.listCyberSystems();
            case CYBER_ASSET -> api.listCyberAssets();
        };
    }

    static Call<ResponseBody> get(RaptorComplyApi api, ResourceType type, String id) {
        return switch (type) {
            case FACILITY -> api.getFacility(id);
            case CONTROL_CENTER -> api.getControlCenter(id);
            case CYBER_SYSTEM -> api.getCyberSystem(id);
            case CYBER_ASSET -> api.getCyberAsset(id);
        };
    }
}
