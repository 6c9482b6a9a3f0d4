//===- ConfigReadCollector.cpp - config-key reads in C++ ------------------===//
//
// A "node expression" is an expression of a config node type (YAML::Node,
// nlohmann::basic_json): a subscript, an at(), or a variable. For each one
// that is not itself the base of a longer subscript chain, the way its
// value is used decides the fact: as<T>() is a typed value read, contains()
// a presence test, a node handed to other code a read of its whole subtree
// (precision first: bel cannot see what that code reads).
//===----------------------------------------------------------------------===//
#include "analysis/AstHelpers.h"
#include "analysis/Collectors.h"
#include "config/Glob.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Index/USRGeneration.h"

#include <map>
#include <set>

namespace bel::analysis {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using facts::ConfigApi;
using facts::ReadKind;

/// The config library whose node type \p T is, if any.
std::optional<ConfigApi> nodeApi(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return std::nullopt;
  const DeclContext *DC = RD->getDeclContext();
  while (DC && isa<NamespaceDecl>(DC) && cast<NamespaceDecl>(DC)->isInline())
    DC = DC->getParent();
  const auto *NS = dyn_cast_or_null<NamespaceDecl>(DC);
  if (!NS || !NS->getParent()->isTranslationUnit())
    return std::nullopt;
  if (NS->getName() == "YAML" && RD->getName() == "Node")
    return ConfigApi::YamlCpp;
  if (NS->getName() == "nlohmann" && RD->getName() == "basic_json")
    return ConfigApi::Nlohmann;
  return std::nullopt;
}

bool isNode(const Expr *E) { return E && nodeApi(E->getType()).has_value(); }

/// Where a node expression's key path starts and what it is.
struct NodePath {
  std::vector<std::string> Keys;
  bool Anchored = false;
  std::string ConfigPath;
  bool Dynamic = false; ///< A key was not a literal: the path stops there.
  /// The path starts at a parameter of this function (by USR).
  std::string BaseFunction;
  int BaseParam = -1;
  /// The path starts at a struct member, placed at the end of the TU.
  const FieldDecl *Field = nullptr;
};


class ConfigReadCollector : public MatchFinder::MatchCallback {
public:
  ConfigReadCollector(CollectContext &Ctx,
                      const std::vector<config::RulePack> &Packs)
      : Ctx(Ctx) {
    for (const config::RulePack &P : Packs)
      for (const config::ApiEntry &E : P.ConfigLoad)
        if (E.EntryKind == config::ApiEntry::Function)
          LoadFunctions.emplace_back(E.Name, E.PathArg);
  }

  void run(const MatchFinder::MatchResult &Result) override {
    const auto *E = Result.Nodes.getNodeAs<Expr>("node");
    AST = Result.Context;
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E); Ref && isFlag(Ref))
      return flagRead(Ref);
    if (!E || !isNode(E))
      return;
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    auto Loc = Locator.locate(E->getSourceRange());
    if (!Loc)
      return;
    classifyUse(E, *Loc);
  }

private:
  CollectContext &Ctx;
  ASTContext *AST = nullptr;
  std::vector<std::pair<std::string, unsigned>> LoadFunctions;

  // --- gflags and absl flags -------------------------------------------

  /// A use of a flag variable (`FLAGS_lr`, `absl::GetFlag(FLAGS_lr)`)
  /// written by the programmer, not by the DEFINE macro's own expansion.
  bool isFlag(const DeclRefExpr *Ref) const {
    const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
    if (!VD || !VD->hasGlobalStorage() || !VD->getName().startswith("FLAGS_") ||
        VD->getName().startswith("FLAGS_nono"))
      return false;
    return !AST->getSourceManager().isMacroBodyExpansion(Ref->getLocation());
  }

  /// The literal a flag is defined with, looking through gflags'
  /// `FLAGS_x = FLAGS_nonox` and absl's `Flag<T> FLAGS_x(default)`.
  std::string flagDefault(const VarDecl *VD) {
    const VarDecl *Def = VD->getDefinition();
    const Expr *Init = Def ? Def->getInit() : nullptr;
    for (int Hops = 0; Init && Hops < 3; ++Hops) {
      const Expr *S = stripWrappers(Init);
      if (const auto *K = dyn_cast<CXXConstructExpr>(S); K && K->getNumArgs())
        S = stripWrappers(K->getArg(0));
      if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
        if (const auto *Next = dyn_cast<VarDecl>(Ref->getDecl())) {
          Init = Next->getInit();
          continue;
        }
      if (isa<IntegerLiteral>(S) || isa<FloatingLiteral>(S) ||
          isa<CXXBoolLiteralExpr>(S) || isa<StringLiteral>(S) ||
          isa<UnaryOperator>(S))
        return sourceText(S, *AST);
      return "";
    }
    return "";
  }

  void flagRead(const DeclRefExpr *Ref) {
    ProjectLocator Locator(AST->getSourceManager(), Ctx.RootRealPath);
    auto Loc = Locator.locate(Ref->getSourceRange());
    if (!Loc)
      return;
    // `FLAGS_x = 3;` sets the flag; it does not read it.
    DynTypedNodeList Parents = AST->getParents(*Ref);
    if (!Parents.empty())
      if (const auto *B = Parents[0].get<BinaryOperator>();
          B && B->isAssignmentOp() && B->getLHS() == Ref)
        return;
    const auto *VD = cast<VarDecl>(Ref->getDecl());
    QualType T = VD->getType().getNonReferenceType();
    // absl::Flag<T> holds a T.
    if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
            T->getAsCXXRecordDecl());
        Spec && Spec->getName() == "Flag" && Spec->getTemplateArgs().size())
      T = Spec->getTemplateArgs()[0].getAsType();
    facts::ConfigRead R;
    R.Keys = {VD->getName().drop_front(strlen("FLAGS_")).str()};
    R.Kind = ReadKind::Value;
    R.Api = ConfigApi::Flags;
    R.Anchored = true;
    R.Type = T.getCanonicalType().getUnqualifiedType().getAsString(
        AST->getPrintingPolicy());
    R.HasDefault = true; // Every flag is defined with one.
    R.Default = flagDefault(VD);
    R.Loc = *Loc;
    R.Function = enclosingFunction(Ref, *AST);
    Ctx.Out->Reads.push_back(std::move(R));
  }

  // --- The key path of a node expression -------------------------------

  bool isConfigLoad(const CallExpr *Call, std::string &Path) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD)
      return false;
    std::string Name = FD->getQualifiedNameAsString();
    for (const auto &[LoadName, Arg] : LoadFunctions) {
      if (Name != LoadName)
        continue;
      if (Arg < Call->getNumArgs())
        if (auto Lit = stringLiteralOf(Call->getArg(Arg)))
          Path = config::normalizePath(*Lit);
      return true;
    }
    // nlohmann::json::parse(stream): the stream's file is the config.
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
        MD && MD->isStatic() && MD->getName() == "parse" &&
        nodeApi(QualType(MD->getParent()->getTypeForDecl(), 0))) {
      if (Call->getNumArgs() >= 1)
        Path = streamPath(Call->getArg(0));
      return true;
    }
    return false;
  }

  /// The literal file of a stream variable: `std::ifstream in("c.json")`.
  std::string streamPath(const Expr *Arg) {
    const auto *Ref = dyn_cast<DeclRefExpr>(stripWrappers(Arg));
    const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    const auto *Init = VD ? dyn_cast_or_null<CXXConstructExpr>(
                                stripWrappers(VD->getInit()))
                          : nullptr;
    if (!Init)
      if (VD && VD->getInit())
        Init = dyn_cast<CXXConstructExpr>(VD->getInit()->IgnoreImplicit());
    if (Init && Init->getNumArgs() >= 1)
      if (auto Lit = stringLiteralOf(Init->getArg(0)))
        return config::normalizePath(*Lit);
    return "";
  }

  NodePath resolve(const Expr *E, unsigned Depth = 0) {
    NodePath P;
    if (Depth > 32)
      return P; // Deep alias chains: give up on anchoring, keep the keys.
    E = stripWrappers(E);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2)
        return extend(resolve(Op->getArg(0), Depth + 1), Op->getArg(1));
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const auto *MD = MC->getMethodDecl();
      if (MD && MD->getName() == "at" && MC->getNumArgs() == 1 &&
          isNode(MC->getImplicitObjectArgument()))
        return extend(resolve(MC->getImplicitObjectArgument(), Depth + 1),
                      MC->getArg(0));
    }
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      if (isConfigLoad(Call, P.ConfigPath))
        P.Anchored = true;
      return P;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
          FD && nodeApi(FD->getType())) {
        P.Field = FD->getCanonicalDecl();
        return P;
      }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *PV = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
        if (const auto *FD = dyn_cast<FunctionDecl>(PV->getDeclContext())) {
          P.BaseFunction = usrOf(FD);
          P.BaseParam = int(PV->getFunctionScopeIndex());
        }
        return P;
      }
      const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
      if (VD && VD->getInit())
        return resolve(VD->getInit(), Depth + 1);
    }
    return P; // A parameter or anything else: an unanchored path.
  }

  static NodePath extend(NodePath Base, const Expr *KeyArg) {
    if (Base.Dynamic)
      return Base;
    if (auto Key = stringLiteralOf(KeyArg))
      Base.Keys.push_back(*Key);
    else
      Base.Dynamic = true;
    return Base;
  }

  // --- How a node expression is used ---------------------------------------

  /// The first ancestor that is not a wrapper (cast, temporary, copy).
  const Stmt *useSite(const Expr *E, const Expr *&Child,
                      const Decl *&DeclParent,
                      const CXXCtorInitializer *&CtorInit) {
    DeclParent = nullptr;
    CtorInit = nullptr;
    const Stmt *Cur = E;
    for (unsigned Steps = 0; Steps < 64; ++Steps) {
      DynTypedNodeList Parents = AST->getParents(*Cur);
      if (Parents.empty())
        return nullptr;
      if (const auto *D = Parents[0].get<Decl>()) {
        DeclParent = D;
        // The parent map may name the constructor rather than the member
        // initializer that holds the expression.
        if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
          for (const CXXCtorInitializer *CI : Ctor->inits())
            if (CI->getInit() == Cur)
              CtorInit = CI;
        return nullptr;
      }
      if (const auto *CI = Parents[0].get<CXXCtorInitializer>()) {
        CtorInit = CI;
        return nullptr;
      }
      const auto *P = Parents[0].get<Stmt>();
      if (!P)
        return nullptr;
      const auto *PE = dyn_cast<Expr>(P);
      bool Wrapper =
          PE && (isa<ImplicitCastExpr>(PE) || isa<ParenExpr>(PE) ||
                 isa<MaterializeTemporaryExpr>(PE) ||
                 isa<CXXBindTemporaryExpr>(PE) || isa<ExprWithCleanups>(PE) ||
                 (isa<CXXConstructExpr>(PE) && isNode(PE) &&
                  !isa<CXXTemporaryObjectExpr>(PE)) ||
                 (isa<CXXFunctionalCastExpr>(PE) && isNode(PE)));
      if (!Wrapper) {
        Child = cast<Expr>(Cur);
        return P;
      }
      Cur = P;
    }
    return nullptr;
  }

  void classifyUse(const Expr *E, const facts::Location &Loc) {
    const Expr *Child = E;
    const Decl *DeclParent = nullptr;
    const CXXCtorInitializer *CtorInit = nullptr;
    const Stmt *Use = useSite(E, Child, DeclParent, CtorInit);
    // `Config(const YAML::Node &c) : Model(c["model"]) {}` binds a member.
    if (CtorInit) {
      const FieldDecl *FD = CtorInit->getMember();
      if (FD && nodeApi(FD->getType()))
        bindField(FD, E, Loc);
      else
        emit(E, resolve(E), ReadKind::Subtree, Loc);
      return;
    }
    if (DeclParent) {
      // `YAML::Node m = cfg["m"];` binds a prefix: reads come through `m`.
      // The hidden range variable of a range-for iterates the whole node.
      const auto *VD = dyn_cast<VarDecl>(DeclParent);
      if (VD && VD->isImplicit())
        emit(E, resolve(E), ReadKind::Subtree, Loc);
      else if (VD && !nodeApi(VD->getType()))
        emit(E, resolve(E), ReadKind::Value, Loc, VD->getType());
      return;
    }
    if (!Use)
      return;

    // Part of a longer chain: the longer chain is reported instead.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Use)) {
      if (Op->getOperator() == OO_Subscript && Op->getArg(0) == Child &&
          isNode(Op))
        return;
      if (Op->isAssignmentOp() && Op->getArg(0) == Child)
        return; // A write into the tree, not a read.
      // `C.Model = cfg["model"];` binds a member.
      if (Op->isAssignmentOp())
        if (const auto *ME = dyn_cast<MemberExpr>(stripWrappers(Op->getArg(0))))
          if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
              FD && nodeApi(FD->getType()))
            return bindField(FD, E, Loc);
      if (Op->getOperator() == OO_Subscript || Op->isAssignmentOp())
        return (void)emit(E, resolve(E), ReadKind::Subtree, Loc);
      return (void)emit(E, resolve(E), ReadKind::Value, Loc);
    }
    if (const auto *ME = dyn_cast<MemberExpr>(Use)) {
      const Expr *Base = ME->getBase();
      if (stripWrappers(Base) == stripWrappers(E) || Base == Child) {
        Child = ME;
        const auto *Call = AST->getParents(*ME).empty()
                               ? nullptr
                               : AST->getParents(*ME)[0].get<CXXMemberCallExpr>();
        if (Call)
          return classifyMethod(E, Call, Loc);
      }
      return (void)emit(E, resolve(E), ReadKind::Value, Loc);
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Use)) {
      if (MC->getImplicitObjectArgument() &&
          stripWrappers(MC->getImplicitObjectArgument()) == stripWrappers(E))
        return classifyMethod(E, MC, Loc);
      return emitPass(E, Child, MC, Loc); // An argument.
    }
    if (const auto *Call = dyn_cast<CallExpr>(Use);
        Call && !isa<CXXOperatorCallExpr>(Call))
      return emitPass(E, Child, Call, Loc);
    if (const auto *K = dyn_cast<CXXConstructExpr>(Use))
      return emitPass(E, Child, K->getConstructor(),
                      llvm::ArrayRef<const Expr *>(K->getArgs(), K->getNumArgs()),
                      Loc);
    if (isa<CallExpr>(Use) || isa<CXXConstructExpr>(Use) ||
        isa<ReturnStmt>(Use) || isa<CXXForRangeStmt>(Use) ||
        isa<InitListExpr>(Use) || isa<LambdaExpr>(Use))
      return (void)emit(E, resolve(E), ReadKind::Subtree, Loc);
    emit(E, resolve(E), ReadKind::Value, Loc);
  }

  void classifyMethod(const Expr *E, const CXXMemberCallExpr *Call,
                      const facts::Location &Loc) {
    const CXXMethodDecl *MD = Call->getMethodDecl();
    if (!MD)
      return (void)emit(E, resolve(E), ReadKind::Value, Loc);
    if (const auto *Conv = dyn_cast<CXXConversionDecl>(MD)) {
      QualType To = Conv->getConversionType();
      // yaml-cpp's explicit operator bool tests presence: `if (cfg["x"])`.
      if (nodeApi(E->getType()) == ConfigApi::YamlCpp &&
          To->isBooleanType())
        return (void)emit(E, resolve(E), ReadKind::Presence, Loc);
      return viaFromJson(emit(E, resolve(E), ReadKind::Value, Loc, To), E, To);
    }
    llvm::StringRef Name = MD->getName();
    if (Name == "at")
      return; // Part of a chain.
    if (Name == "as" || Name == "get") {
      facts::ConfigRead *R = emit(E, resolve(E), ReadKind::Value, Loc,
                                  Call->getType());
      viaFromJson(R, E, Call->getType());
      if (R && Name == "as" && Call->getNumArgs() >= 1 &&
          !isa<CXXDefaultArgExpr>(Call->getArg(0))) {
        R->HasDefault = true;
        R->Default = sourceText(Call->getArg(0), *AST);
      }
      return;
    }
    if (Name == "get_to") {
      QualType T = Call->getNumArgs() ? Call->getArg(0)->getType() : QualType();
      viaFromJson(emit(E, resolve(E), ReadKind::Value, Loc, T), E, T);
      return;
    }
    if (Name == "value" && Call->getNumArgs() >= 2) {
      NodePath P = extend(resolve(E), Call->getArg(0));
      facts::ConfigRead *R =
          emit(E, P, ReadKind::Value, keyLoc(Call->getArg(0), Loc),
               Call->getType());
      if (R) {
        R->HasDefault = true;
        R->Default = sourceText(Call->getArg(1), *AST);
      }
      return;
    }
    if ((Name == "contains" || Name == "count" || Name == "find") &&
        Call->getNumArgs() >= 1)
      return (void)emit(E, extend(resolve(E), Call->getArg(0)),
                        ReadKind::Presence, keyLoc(Call->getArg(0), Loc));
    if (Name == "IsDefined" || Name == "IsNull" || Name.startswith("is_null") ||
        Name == "empty")
      return (void)emit(E, resolve(E), ReadKind::Presence, Loc);
    static const std::set<std::string> Writes = {
        "push_back", "emplace_back", "emplace", "insert", "erase", "remove",
        "reset", "clear", "update", "merge_patch", "force_insert", "swap",
        "SetStyle", "SetTag"};
    if (Writes.count(Name.str()))
      return;
    static const std::set<std::string> Whole = {
        "begin", "end", "cbegin", "cend", "items", "size", "dump",
        "flatten", "patch", "diff", "get_ptr", "get_ref"};
    if (Whole.count(Name.str()))
      return (void)emit(E, resolve(E), ReadKind::Subtree, Loc);
    emit(E, resolve(E), ReadKind::Value, Loc); // Scalar(), IsMap(), type(), ...
  }

  /// The user's `from_json(const json &, T &)` for record \p T: written by
  /// hand or by NLOHMANN_DEFINE_TYPE_(NON_)INTRUSIVE, as a free function in
  /// T's namespace or a friend of T.
  const FunctionDecl *fromJsonFor(QualType T) {
    const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition())
      return nullptr;
    auto Matches = [&](const NamedDecl *D) -> const FunctionDecl * {
      const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
      if (!FD || FD->getName() != "from_json" || FD->getNumParams() != 2 ||
          !nodeApi(FD->getParamDecl(0)->getType()))
        return nullptr;
      QualType Out = FD->getParamDecl(1)->getType().getNonReferenceType();
      return Out->getAsCXXRecordDecl() == RD->getDefinition() ? FD : nullptr;
    };
    for (const FriendDecl *F : RD->getDefinition()->friends())
      if (const FunctionDecl *FD = Matches(F->getFriendDecl()))
        return FD;
    DeclarationName Name(&AST->Idents.get("from_json"));
    for (const NamedDecl *D :
         RD->getDeclContext()->getRedeclContext()->lookup(Name))
      if (const FunctionDecl *FD = Matches(D))
        return FD;
    return nullptr;
  }

  /// nlohmann converts to a user type through its from_json: the read is
  /// then what from_json reads of its first parameter, linked in the reduce
  /// step like any call. Without a from_json bel sees, the value read
  /// keeps covering the whole subtree.
  void viaFromJson(facts::ConfigRead *R, const Expr *E, QualType T) {
    if (!R || nodeApi(E->getType()) != ConfigApi::Nlohmann || T.isNull())
      return;
    if (const FunctionDecl *FD = fromJsonFor(T)) {
      R->Kind = ReadKind::Subtree;
      R->PassedTo = usrOf(FD);
      R->PassedToParam = 0;
    }
  }

  // --- Struct members -----------------------------------------------------

  struct FieldBinding {
    NodePath Path;
    size_t ReadIndex; ///< The conservative whole-subtree read of the binding.
  };
  std::map<const FieldDecl *, std::vector<FieldBinding>> Bindings;
  /// Reads through a member: (index in the TU's reads, the member).
  std::vector<std::pair<size_t, const FieldDecl *>> MemberReads;

  /// A node stored in a member. Until the TU ends bel does not know whether
  /// it sees the member's reads, so it records a whole-subtree read too.
  void bindField(const FieldDecl *FD, const Expr *E, const facts::Location &Loc) {
    NodePath Path = resolve(E);
    size_t Before = Ctx.Out->Reads.size();
    emit(E, Path, ReadKind::Subtree, Loc);
    if (Ctx.Out->Reads.size() > Before)
      Bindings[FD->getCanonicalDecl()].push_back({Path, Before});
  }

public:
  /// Places the reads through members at what the members were bound to;
  /// where a member's reads are seen, its bindings no longer stand for
  /// whole-subtree reads.
  void onEndOfTranslationUnit() override {
    std::vector<facts::ConfigRead> &Reads = Ctx.Out->Reads;
    std::vector<facts::ConfigRead> Extra;
    std::set<const FieldDecl *> Seen;
    for (const auto &[Index, FD] : MemberReads) {
      auto It = Bindings.find(FD);
      if (It == Bindings.end())
        continue; // Bound in another TU: the keys match by suffix.
      Seen.insert(FD);
      facts::ConfigRead Through = Reads[Index];
      for (size_t I = 0; I < It->second.size(); ++I) {
        const NodePath &B = It->second[I].Path;
        facts::ConfigRead R = Through;
        R.Keys = B.Keys;
        if (B.Dynamic)
          R.Kind = ReadKind::Subtree;
        else
          R.Keys.insert(R.Keys.end(), Through.Keys.begin(), Through.Keys.end());
        R.Anchored = B.Anchored;
        R.ConfigPath = B.ConfigPath;
        R.BaseFunction = B.BaseFunction;
        R.BaseParam = B.BaseParam;
        (I == 0 ? Reads[Index] : Extra.emplace_back()) = std::move(R);
      }
    }
    std::set<size_t, std::greater<size_t>> Drop;
    for (const auto &[FD, List] : Bindings)
      if (Seen.count(FD))
        for (const FieldBinding &B : List)
          Drop.insert(B.ReadIndex);
    for (size_t Index : Drop)
      Reads.erase(Reads.begin() + Index);
    for (facts::ConfigRead &R : Extra)
      Reads.push_back(std::move(R));
  }

private:
  /// A node handed to a function: a read of its whole subtree, which the
  /// reduce step narrows to the callee's own reads when it sees the callee.
  void emitPass(const Expr *E, const Expr *Child, const CallExpr *Call,
                const facts::Location &Loc) {
    emitPass(E, Child, Call->getDirectCallee(),
             llvm::ArrayRef<const Expr *>(Call->getArgs(), Call->getNumArgs()),
             Loc);
  }

  void emitPass(const Expr *E, const Expr *Child, const FunctionDecl *Callee,
                llvm::ArrayRef<const Expr *> Args, const facts::Location &Loc) {
    NodePath Path = resolve(E);
    facts::ConfigRead *R = emit(E, Path, ReadKind::Subtree, Loc);
    // Below a dynamic key bel cannot say which child the callee sees.
    if (!R || !Callee || Path.Dynamic)
      return;
    for (unsigned I = 0; I < Args.size(); ++I) {
      if (Args[I] != Child && stripWrappers(Args[I]) != stripWrappers(E))
        continue;
      if (I < Callee->getNumParams() &&
          nodeApi(Callee->getParamDecl(I)->getType())) {
        R->PassedTo = usrOf(Callee);
        R->PassedToParam = int(I);
      }
      return;
    }
  }

  std::optional<facts::Location> keyLocOpt(const Expr *Arg) {
    ProjectLocator Locator(AST->getSourceManager(), Ctx.RootRealPath);
    return Locator.locate(Arg->getSourceRange());
  }
  facts::Location keyLoc(const Expr *Arg, const facts::Location &Fallback) {
    return keyLocOpt(Arg).value_or(Fallback);
  }

  facts::ConfigRead *emit(const Expr *E, const NodePath &P, ReadKind Kind,
                          const facts::Location &Loc, QualType Type = {}) {
    facts::ConfigRead R;
    R.Keys = P.Keys;
    // A dynamic key reads some child we cannot name: the prefix, all of it.
    R.Kind = P.Dynamic ? ReadKind::Subtree : Kind;
    R.Api = *nodeApi(E->getType());
    R.Anchored = P.Anchored;
    R.ConfigPath = P.ConfigPath;
    if (!Type.isNull() && !nodeApi(Type))
      R.Type = Type.getNonReferenceType().getUnqualifiedType().getAsString(
          AST->getPrintingPolicy());
    R.Loc = Loc;
    R.Function = enclosingFunction(E, *AST);
    R.BaseFunction = P.BaseFunction;
    R.BaseParam = P.BaseParam;
    // A read of nothing in particular: no key and not the whole tree. (A
    // member's keys come at the end of the TU.)
    if (R.Keys.empty() && R.Kind != ReadKind::Subtree && !P.Field)
      return nullptr;
    if (P.Field)
      MemberReads.push_back({Ctx.Out->Reads.size(), P.Field});
    Ctx.Out->Reads.push_back(std::move(R));
    return &Ctx.Out->Reads.back();
  }
};

} // namespace

std::unique_ptr<MatchFinder::MatchCallback>
addConfigReadCollector(MatchFinder &Finder, CollectContext &Ctx,
                       const std::vector<config::RulePack> &Packs) {
  auto CB = std::make_unique<ConfigReadCollector>(Ctx, Packs);
  // Node expressions. The type test happens in the callback: it is cheaper
  // than a type matcher and also sees through nlohmann's inline namespace.
  auto NotTemplate = unless(isInTemplateInstantiation());
  Finder.addMatcher(
      traverse(TK_AsIs,
               cxxOperatorCallExpr(hasOverloadedOperatorName("[]"), NotTemplate)
                   .bind("node")),
      CB.get());
  Finder.addMatcher(
      traverse(TK_AsIs, cxxMemberCallExpr(callee(cxxMethodDecl(hasName("at"))),
                                          NotTemplate)
                            .bind("node")),
      CB.get());
  Finder.addMatcher(
      traverse(TK_AsIs,
               declRefExpr(to(varDecl()), NotTemplate).bind("node")),
      CB.get());
  return CB;
}

} // namespace bel::analysis
