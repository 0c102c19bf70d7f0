"""Model files are data, never code: the package never asks for remote code and never unpickles freely."""

from __future__ import annotations

import ast

from .conftest import ROOT

SCANNED = sorted((ROOT / "pipeline").rglob("*.py")) + sorted((ROOT / "benchmarks").rglob("*.py"))


def violations(source: str, filename: str = "<string>") -> list[str]:
    """Calls that pass trust_remote_code, load torch files without weights_only=True, or unpickle."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        where = f"{filename}:{node.lineno}"
        names = {keyword.arg for keyword in node.keywords}
        if "trust_remote_code" in names:
            found.append(f"{where}: passes trust_remote_code")
        func = node.func
        dotted = ast.unparse(func)
        if dotted == "torch.load":
            weights_only = next((k.value for k in node.keywords if k.arg == "weights_only"), None)
            if not (isinstance(weights_only, ast.Constant) and weights_only.value is True):
                found.append(f"{where}: torch.load without weights_only=True")
        if dotted in {"pickle.load", "pickle.loads", "joblib.load", "dill.load", "dill.loads", "cloudpickle.load"}:
            found.append(f"{where}: {dotted} (arbitrary code on load)")
        if dotted in {"numpy.load", "np.load"}:
            allow = next((k.value for k in node.keywords if k.arg == "allow_pickle"), None)
            if isinstance(allow, ast.Constant) and allow.value is True:
                found.append(f"{where}: {dotted}(allow_pickle=True)")
        for keyword in node.keywords:
            if keyword.arg is None and isinstance(keyword.value, ast.Dict):
                keys = [k.value for k in keyword.value.keys if isinstance(k, ast.Constant)]
                if "trust_remote_code" in keys:
                    found.append(f"{where}: passes trust_remote_code through **{{...}}")
    return found


def test_checker_catches_each_violation():
    bad = (
        "AutoModel.from_pretrained(p, trust_remote_code=True)\n"
        "AutoTokenizer.from_pretrained(p, trust_remote_code=False)\n"
        "torch.load(f)\n"
        "torch.load(f, weights_only=False)\n"
        "pickle.loads(b)\n"
        "np.load(f, allow_pickle=True)\n"
        "AutoConfig.from_pretrained(p, **{'trust_remote_code': True})\n"
    )
    assert len(violations(bad)) == 7
    assert violations("torch.load(f, weights_only=True)\nnp.load(f)\nAutoModel.from_pretrained(p)\n") == []


def test_package_never_passes_trust_remote_code_and_loads_torch_files_weights_only():
    assert SCANNED, "nothing scanned"
    problems = [problem for path in SCANNED
                for problem in violations(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert problems == []


def test_no_source_file_mentions_trust_remote_code_outside_the_refusal_checks():
    """Belt and braces for what the AST scan cannot see (a kwargs dict built elsewhere, getattr tricks)."""
    allowed = {ROOT / "pipeline" / "intake_checks.py"}  # reads the key from an arriving config, to refuse it
    mentions = [str(path.relative_to(ROOT)) for path in SCANNED
                if path not in allowed and "trust_remote_code" in path.read_text(encoding="utf-8")]
    assert mentions == []
