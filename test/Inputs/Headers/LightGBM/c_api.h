/* Mock <LightGBM/c_api.h>: declarations of LightGBM's C API (v3.0 and
 * later, with start_iteration and feature_importance_type), argument for
 * argument. */
#pragma once
#include <cstdint>
#define LIGHTGBM_C_EXPORT extern "C" __attribute__((visibility("default")))
typedef void *DatasetHandle;
typedef void *BoosterHandle;
#define C_API_DTYPE_FLOAT64 (1)
#define C_API_PREDICT_NORMAL (0)
#define C_API_FEATURE_IMPORTANCE_SPLIT (0)
LIGHTGBM_C_EXPORT int LGBM_DatasetCreateFromFile(const char *filename,
                                                 const char *parameters,
                                                 const DatasetHandle reference,
                                                 DatasetHandle *out);
LIGHTGBM_C_EXPORT int LGBM_DatasetSaveBinary(DatasetHandle handle,
                                             const char *filename);
LIGHTGBM_C_EXPORT int LGBM_DatasetFree(DatasetHandle handle);
LIGHTGBM_C_EXPORT int LGBM_BoosterCreate(const DatasetHandle train_data,
                                         const char *parameters,
                                         BoosterHandle *out);
LIGHTGBM_C_EXPORT int LGBM_BoosterCreateFromModelfile(const char *filename,
                                                      int *out_num_iterations,
                                                      BoosterHandle *out);
LIGHTGBM_C_EXPORT int LGBM_BoosterLoadModelFromString(const char *model_str,
                                                      int *out_num_iterations,
                                                      BoosterHandle *out);
LIGHTGBM_C_EXPORT int LGBM_BoosterFree(BoosterHandle handle);
LIGHTGBM_C_EXPORT int LGBM_BoosterUpdateOneIter(BoosterHandle handle,
                                                int *produced_empty_tree);
LIGHTGBM_C_EXPORT int LGBM_BoosterPredictForFile(BoosterHandle handle,
                                                 const char *data_filename,
                                                 int data_has_header,
                                                 int predict_type,
                                                 int start_iteration,
                                                 int num_iteration,
                                                 const char *parameter,
                                                 const char *result_filename);
LIGHTGBM_C_EXPORT int LGBM_BoosterSaveModel(BoosterHandle handle,
                                            int start_iteration,
                                            int num_iteration,
                                            int feature_importance_type,
                                            const char *filename);
