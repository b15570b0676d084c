-- Live cyber assets per CIP asset category (null: the dialect or the record does not say).
-- Columns: cip_asset_category, cyber_assets
SELECT cip_asset_category,
       count(*) AS cyber_assets
  FROM raptor.v_cyber_asset_inventory
 GROUP BY cip_asset_category
 ORDER BY cyber_assets DESC, cip_asset_category NULLS LAST;
