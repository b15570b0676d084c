package com.raptorcomply.sync.client;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Streaming;
import retrofit2.http.Tag;

/**
 * The Raptor Comply endpoints. Bodies stay raw ({@link ResponseBody}) so lists can be stream-parsed and both
 * dialects read by hand. Paths are relative so a base URL with a path prefix keeps it.
 */
interface RaptorComplyApi {

    @Streaming
    @GET("facilities")
    Call<ResponseBody> listFacilities();

    @GET("facilities/{id}")
    Call<ResponseBody> getFacility(@Path("id") String id);

    @Streaming
    @GET("control-centers")
    Call<ResponseBody> listControlCenters();

    @GET("control-centers/{id}")
    Call<ResponseBody> getControlCenter(@Path("id") String id);

    @Streaming
    @GET("cyber-systems")
    Call<ResponseBody> listCyberSystems();

    @GET("cyber-systems/{id}")
    Call<ResponseBody> getCyberSystem(@Path("id") String id);

    @Streaming
    @GET("cyber-assets")
    Call<ResponseBody> listCyberAssets();

    @GET("cyber-assets/{id}")
    Call<ResponseBody> getCyberAsset(@Path("id") String id);

    /** The same GET sent with {@code key} instead of the current key (see {@link ApiKeyInterceptor}). */
    @GET("cyber-assets/{id}")
    Call<ResponseBody> getCyberAssetWithKey(@Path("id") String id, @Tag ApiKey key);

    @POST("cyber-assets")
    Call<ResponseBody> createCyberAsset(@Body RequestBody body);

    @PATCH("cyber-assets/{id}")
    Call<ResponseBody> patchCyberAsset(@Path("id") String id, @Body RequestBody body);

    @DELETE("cyber-assets/{id}")
    Call<ResponseBody> deleteCyberAsset(@Path("id") String id);
}
