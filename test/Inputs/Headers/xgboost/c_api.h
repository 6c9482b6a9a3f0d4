/* Mock <xgboost/c_api.h>: declarations of XGBoost 1.7 (Debian 12's
 * libxgboost-dev), argument for argument. */
#pragma once
#define XGB_DLL extern "C" __attribute__((visibility("default")))
typedef unsigned long bst_ulong;
typedef void *DMatrixHandle;
typedef void *BoosterHandle;
XGB_DLL int XGDMatrixCreateFromFile(const char *fname, int silent,
                                    DMatrixHandle *out);
XGB_DLL int XGDMatrixCreateFromMat(const float *data, bst_ulong nrow,
                                   bst_ulong ncol, float missing,
                                   DMatrixHandle *out);
XGB_DLL int XGDMatrixSaveBinary(DMatrixHandle handle, const char *fname,
                                int silent);
XGB_DLL int XGDMatrixFree(DMatrixHandle handle);
XGB_DLL int XGBoosterCreate(const DMatrixHandle dmats[], bst_ulong len,
                            BoosterHandle *out);
XGB_DLL int XGBoosterFree(BoosterHandle handle);
XGB_DLL int XGBoosterSetParam(BoosterHandle handle, const char *name,
                              const char *value);
XGB_DLL int XGBoosterUpdateOneIter(BoosterHandle handle, int iter,
                                   DMatrixHandle dtrain);
XGB_DLL int XGBoosterBoostOneIter(BoosterHandle handle, DMatrixHandle dtrain,
                                  float *grad, float *hess, bst_ulong len);
XGB_DLL int XGBoosterPredict(BoosterHandle handle, DMatrixHandle dmat,
                             int option_mask, unsigned ntree_limit,
                             int training, bst_ulong *out_len,
                             const float **out_result);
XGB_DLL int XGBoosterLoadModel(BoosterHandle handle, const char *fname);
XGB_DLL int XGBoosterSaveModel(BoosterHandle handle, const char *fname);
XGB_DLL int XGBoosterLoadModelFromBuffer(BoosterHandle handle,
                                         const void *buf, bst_ulong len);
