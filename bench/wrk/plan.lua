-- wrk script: POST /api/v1/plans with the typical 15-minute partner plan of the JMH
-- benchmark (every safety answer no). Each request stores a plan row, as the API does.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"mode":"PARTNER","minutes":15,"equipment":["BED","OIL","TOWELS","PILLOW"],"soreSpots":["LUMBAR_LEFT"],"pressure":"MEDIUM","safety":{"answers":{"saddle_numbness":false,"bladder_bowel_change":false,"progressive_leg_weakness":false,"fever":false,"major_trauma":false,"both_legs_symptoms":false,"cancer_history":false,"unexplained_weight_loss":false,"constant_night_pain":false,"immune_or_iv_drug":false,"clot_history":false,"recent_back_surgery":false,"severe_worsening_pain":false,"heart_condition":false,"blood_thinners":false,"osteoporosis":false,"pregnant":false,"skin_problem":false},"age":40}}'
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")
