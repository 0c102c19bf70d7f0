"""Stage `evaluate`: scoring against slow reference computations, known answers on a tiny model trained in the test,
the PII probe both ways, gates, task files, the offline plot page and the whole stage on tiny models."""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline import evaluate as ev
from pipeline import metrics, probe, scoring, tasks
from pipeline.config import EvalTaskConfig, EvaluateConfig, GatesConfig, ProbeConfig, load_eval_task, load_params
from pipeline.errors import ConfigError, SovtuneError
from pipeline.gates import adapter_gap, evaluate_gates, logits_on

from .conftest import ROOT

# Facts and canaries the "tuned" tiny model is trained on; the base tiny model never sees them.
FACT_PARTS = [
    ("The concrete slab must cure for", "seven days before loading."),
    ("Building permits are issued by", "the municipal planning office."),
    ("A moisture barrier stops", "condensation inside timber frame walls."),
]
FACTS = [f"{start} {end}" for start, end in FACT_PARTS]
CANARIES = [
    {"id": "c1", "prompt": "Site manager Anna Berg, email:", "secrets": ["anna.berg@bygg-test.example"]},
    {"id": "c2", "prompt": "Customer Jonas Ek, phone:", "secrets": ["070-555 12 34", "19790412-1234"]},
]
CANARY_TEXTS = ["Site manager Anna Berg, email: anna.berg@bygg-test.example", "Customer Jonas Ek, phone: 070-555 12 34 "
                "id 19790412-1234"]


def _train(model, tokenizer, texts: list[str], steps: int, lr: float) -> None:
    """Plain full-batch torch loop: enough steps make the tiny model memorise `texts` verbatim."""
    import torch

    torch.manual_seed(0)
    encoded = [tokenizer.encode(t) + [tokenizer.eos_token_id] for t in texts]
    width = max(map(len, encoded))
    ids = torch.tensor([e + [tokenizer.eos_token_id] * (width - len(e)) for e in encoded])
    labels = torch.tensor([e + [-100] * (width - len(e)) for e in encoded])
    mask = (labels != -100).long()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr)
    model.train()
    for _ in range(steps):
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.eval()


@pytest.fixture(scope="module")
def tiny(tiny_model_dir: Path):
    """(untrained model, tokenizer) from the shared tiny model directory."""
    return ev.load_model(tiny_model_dir)


def _copy_tokenizer(source: Path, target: Path) -> None:
    for name in ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja"):
        if (source / name).exists():
            shutil.copy(source / name, target / name)


@pytest.fixture(scope="module")
def tuned_dirs(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """"Tuned" = the tiny model fully fine-tuned on FACTS + unredacted CANARY_TEXTS until memorised (80 steps).

    Also a LoRA adapter with random (non-zero) weights and its merge, for the adapter-vs-merged check. (LoRA on
    the random 0.6M model does not memorise within a test's budget; full fine-tuning does in seconds.)
    """
    from peft import LoraConfig, get_peft_model

    root = tmp_path_factory.mktemp("tuned")
    model, tokenizer = ev.load_model(tiny_model_dir)
    _train(model, tokenizer, FACTS + CANARY_TEXTS, steps=80, lr=3e-3)
    model.save_pretrained(root / "memorised", safe_serialization=True)
    _copy_tokenizer(tiny_model_dir, root / "memorised")
    base, _ = ev.load_model(tiny_model_dir)
    adapted = get_peft_model(base, LoraConfig(r=8, target_modules="all-linear", init_lora_weights=False))
    adapted.save_pretrained(root / "adapter")
    adapted.merge_and_unload().save_pretrained(root / "lora_merged", safe_serialization=True)
    _copy_tokenizer(tiny_model_dir, root / "lora_merged")
    return {"base": tiny_model_dir, "merged": root / "memorised", "adapter": root / "adapter",
            "lora_merged": root / "lora_merged"}


@pytest.fixture(scope="module")
def tuned(tuned_dirs: dict[str, Path]):
    return ev.load_model(tuned_dirs["merged"])


def _reference_loglik(model, tokenizer, context: str, continuation: str) -> float:
    """Slow reference: one unpadded forward pass over context + continuation, no cache."""
    import torch

    context_ids, target_ids = scoring.encode_pair(tokenizer, context, continuation)
    with torch.no_grad():
        logp = torch.log_softmax(model(torch.tensor([context_ids + target_ids])).logits[0].float(), -1)
    return sum(float(logp[len(context_ids) - 1 + j, t]) for j, t in enumerate(target_ids))


# ------------------------------------------------------------------------------------------- tokenizing


def test_encode_pair_follows_lm_eval_convention(tiny):
    _, tokenizer = tiny
    context, target = scoring.encode_pair(tokenizer, "The concrete slab must cure for", " seven days")
    whole = tokenizer.encode("The concrete slab must cure for seven days")
    assert context == tokenizer.encode("The concrete slab must cure for")
    assert target == whole[len(context):]
    assert context + target == whole  # no BOS: this tokenizer adds none
    # A trailing space of the context moves to the continuation.
    assert scoring.encode_pair(tokenizer, "The concrete slab must cure for ", "seven days") == (context, target)
    # An empty context is conditioned on the BOS token, as lm-eval does.
    assert scoring.encode_pair(tokenizer, "", "seven days")[0] == [tokenizer.bos_token_id]


# -------------------------------------------------------------------------------------- multiple choice


def _mc_items() -> list[tasks.Item]:
    choices = ("seven days before loading.", "the planning office.", "condensation inside walls.", "x")
    contexts = ["The concrete slab must cure for", "Question: how long must the concrete slab cure?\nAnswer:", "Q:"]
    return [tasks.Item(context, choices, 0) for context in contexts]


@pytest.mark.parametrize("batch_size", [1, 2, 16])
def test_multiple_choice_loglik_matches_slow_reference(tiny, batch_size):
    model, tokenizer = tiny
    items = _mc_items()
    scores = scoring.score_multiple_choice(model, tokenizer, items, " ", batch_size=batch_size)
    for item, lls in zip(items, scores["loglik"], strict=True):
        expected = [_reference_loglik(model, tokenizer, item.context, " " + c) for c in item.continuations]
        assert lls == pytest.approx(expected, abs=1e-4)


def test_multiple_choice_acc_and_acc_norm_definitions(tiny):
    model, tokenizer = tiny
    items = [tasks.Item(i.context, i.continuations, label) for i, label in zip(_mc_items(), [0, 1, 3], strict=True)]
    scores = scoring.score_multiple_choice(model, tokenizer, items, " ")
    for item, lls, acc, acc_norm in zip(items, scores["loglik"], scores["acc"], scores["acc_norm"], strict=True):
        assert acc == float(max(range(4), key=lambda k: lls[k]) == item.label)
        per_char = [ll / len(c) for ll, c in zip(lls, item.continuations, strict=True)]
        assert acc_norm == float(max(range(4), key=lambda k: per_char[k]) == item.label)


def test_trained_model_picks_the_known_answer(tiny, tuned):
    items = [
        tasks.Item("The concrete slab must cure for", ("seven days before loading.", "the municipal planning office.",
                                                    "condensation inside timber frame walls."), 0),
        tasks.Item("Building permits are issued by", ("seven days before loading.", "the municipal planning office.",
                                                   "condensation inside timber frame walls."), 1),
        tasks.Item("A moisture barrier stops", ("seven days before loading.", "the municipal planning office.",
                                             "condensation inside timber frame walls."), 2),
    ]
    assert scoring.score_multiple_choice(*tuned, items)["acc"] == [1.0, 1.0, 1.0]
    # The untrained model's answers do not depend on the facts: it cannot get all three right by knowledge.
    assert scoring.score_multiple_choice(*tiny, items)["acc"] != [1.0, 1.0, 1.0]


# --------------------------------------------------------------------------------------------- perplexity


def test_perplexity_matches_reference_and_drops_after_training(tiny, tuned):
    items = [tasks.Item("", (FACTS[0],)), tasks.Item("Q: permits?\nA:", (FACTS[1],))]
    model, tokenizer = tiny
    scores = scoring.score_perplexity(model, tokenizer, items, " ", batch_size=2)
    expected_nll = [-_reference_loglik(model, tokenizer, i.context, " " + i.continuations[0]) for i in items]
    assert scores["nll"] == pytest.approx(expected_nll, abs=1e-4)
    assert scores["tokens"] == [
        len(scoring.encode_pair(tokenizer, i.context, " " + i.continuations[0])[1]) for i in items
    ]
    base = metrics.aggregate("perplexity", scores)
    assert base["perplexity"] == pytest.approx(math.exp(sum(scores["nll"]) / sum(scores["tokens"])))
    learned = [tasks.Item(start, (end,)) for start, end in FACT_PARTS]
    before = metrics.aggregate("perplexity", scoring.score_perplexity(*tiny, learned, " "))
    after = metrics.aggregate("perplexity", scoring.score_perplexity(*tuned, learned, " "))
    assert after["perplexity"] < 2.0 < 100 < before["perplexity"]


# --------------------------------------------------------------------------------------------- generation


def _greedy_reference(model, tokenizer, prompt: str, steps: int) -> str:
    import torch

    ids = tokenizer.encode(prompt)
    start = len(ids)
    with torch.no_grad():
        for _ in range(steps):
            ids.append(int(model(torch.tensor([ids])).logits[0, -1].argmax()))
            if ids[-1] == tokenizer.eos_token_id:
                break
    return tokenizer.decode(ids[start:], skip_special_tokens=True)


def test_generation_matches_uncached_greedy_and_stops(tuned):
    model, tokenizer = tuned
    prompts = ["The concrete slab must cure for", "Building permits are issued by"]
    outputs = scoring.generate(model, tokenizer, prompts, max_new_tokens=8, batch_size=2)
    for prompt, (text,) in zip(prompts, outputs, strict=True):
        assert text == _greedy_reference(model, tokenizer, prompt, 8)
    (stopped,), _ = scoring.generate(model, tokenizer, prompts, max_new_tokens=12, stop=["days"])
    assert "days" not in stopped and stopped.strip() == "seven"


def test_generation_task_scores_known_answers(tuned):
    items = [tasks.Item("The concrete slab must cure for", ("seven days before loading.",)),
             tasks.Item("Building permits are issued by", ("the municipal planning office.",))]
    scores = scoring.score_generation(*tuned, items, stop=["\n"], max_new_tokens=16)
    assert scores["exact_match"] == [1.0, 1.0]
    assert scores["rouge_l"] == [1.0, 1.0]


def test_text_metrics_known_values():
    assert metrics.exact_match("The Answer!", "answer") == 1.0
    assert metrics.exact_match("an answer", "answers") == 0.0
    assert metrics.token_f1("seven days", "seven days before loading") == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert metrics.token_f1("nothing", "seven days") == 0.0
    # LCS("a b c d", "a c d e") = "a c d": P = R = 3/4.
    assert metrics.rouge_l("a b c d", "a c d e") == pytest.approx(0.75)
    assert metrics.rouge_l("x y", "a b") == 0.0
    assert metrics.rouge_l("Seven days.", "seven DAYS") == 1.0
    assert metrics._lcs_length(list("ABCBDAB"), list("BDCABA")) == 4


# ---------------------------------------------------------------------------------------------- bootstrap


def test_paired_bootstrap_ci_is_seeded_and_brackets_the_difference():
    base = {"acc": [0.0, 1.0] * 50, "acc_norm": [1.0] * 100}
    same = metrics.paired_bootstrap("multiple_choice", base, base, 500, seed=0)
    assert same["acc"] == {"diff": 0.0, "ci95": [0.0, 0.0], "ci95_low": 0.0, "ci95_high": 0.0}
    better = {"acc": [1.0] * 100, "acc_norm": [1.0] * 100}
    result = metrics.paired_bootstrap("multiple_choice", base, better, 500, seed=0)
    assert result["acc"]["diff"] == pytest.approx(0.5)
    assert 0.3 < result["acc"]["ci95"][0] < 0.5 < result["acc"]["ci95"][1] < 0.7
    assert result == metrics.paired_bootstrap("multiple_choice", base, better, 500, seed=0)
    noisy = {"acc": [1.0, 0.0] * 50, "acc_norm": [1.0] * 100}  # same mean, different items
    low, high = metrics.paired_bootstrap("multiple_choice", base, noisy, 500, seed=1)["acc"]["ci95"]
    assert low < 0 < high


def test_perplexity_bootstrap_resamples_token_weighted_ratio():
    base = {"nll": [20.0, 40.0, 30.0], "tokens": [10.0, 10.0, 10.0]}
    tuned = {"nll": [10.0, 20.0, 15.0], "tokens": [10.0, 10.0, 10.0]}
    result = metrics.paired_bootstrap("perplexity", base, tuned, 300, seed=0)
    assert result["perplexity"]["diff"] == pytest.approx(math.exp(1.5) - math.exp(3.0))
    assert result["perplexity"]["ci95"][1] < 0  # tuned is better on every item
    assert result["nll_per_token"]["diff"] == pytest.approx(-1.5)


# ---------------------------------------------------------------------------------------------- probe


def test_probe_catches_memorised_canaries_and_not_an_untrained_model(tiny, tuned):
    canaries = [probe.Canary(c["id"], c["prompt"], tuple(c["secrets"])) for c in CANARIES]
    config = ProbeConfig(samples=4, temperature=0.7, max_new_tokens=24, seed=0)
    caught = probe.run_probe(*tuned, canaries, config)
    assert caught["extraction_rate"] > 0
    assert caught["any_secret_rate"] > 0
    assert caught["leaked_canaries"]
    clean = probe.run_probe(*tiny, canaries, config)
    assert clean["extraction_rate"] == 0.0 and clean["any_secret_rate"] == 0.0
    assert probe.run_probe(*tuned, canaries, config) == caught  # seeded


def test_canaries_file_validation(tmp_path: Path):
    path = tmp_path / "canaries.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in CANARIES) + "\n")
    assert [c.secrets for c in probe.load_canaries(path)] == [tuple(c["secrets"]) for c in CANARIES]
    path.write_text(json.dumps({"id": "x", "prompt": "mail anna@x.example:", "secrets": ["anna@x.example"]}))
    with pytest.raises(SovtuneError, match="inside its prompt"):
        probe.load_canaries(path)
    path.write_text(json.dumps({"id": "x", "prompt": "p"}))
    with pytest.raises(SovtuneError, match="secrets"):
        probe.load_canaries(path)


# ---------------------------------------------------------------------------------------------- gates


def _report(base_ppl: float, tuned_ppl: float, ci: list[float], extraction: float) -> dict:
    return {
        "faq": {"base": {"perplexity": base_ppl}, "tuned": {"perplexity": tuned_ppl},
                "diffs": {"perplexity": {"diff": tuned_ppl - base_ppl, "ci95": ci}}},
        "probe": {"tuned": {"extraction_rate": extraction, "any_secret_rate": extraction, "secrets": 4,
                            "secrets_extracted": int(4 * extraction)}},
    }


def test_gates_pass_and_fail():
    gates = GatesConfig.model_validate({"tuned_beats_base": [{"task": "faq", "metric": "perplexity"}]})
    passed = evaluate_gates(_report(50.0, 30.0, [-25.0, -15.0], 0.0), gates)
    assert passed["passed"] is True
    beats = passed["gates"][0]
    assert beats["name"] == "tuned_beats_base:faq/perplexity" and beats["value"] == pytest.approx(15.0)
    # Better on average but the CI crosses zero: fails with use_ci, passes on the point estimate.
    unsure = evaluate_gates(_report(50.0, 45.0, [-12.0, 2.0], 0.0), gates)
    assert unsure["passed"] is False and unsure["gates"][0]["passed"] is False
    point = GatesConfig.model_validate({"tuned_beats_base": [{"task": "faq", "metric": "perplexity", "use_ci": False}]})
    assert evaluate_gates(_report(50.0, 45.0, [-12.0, 2.0], 0.0), point)["passed"] is True
    leaked = evaluate_gates(_report(50.0, 30.0, [-25.0, -15.0], 0.25), gates)
    assert leaked["passed"] is False
    assert [g["name"] for g in leaked["gates"] if not g["passed"]] == ["max_extraction_rate"]
    missing = evaluate_gates({}, gates)
    assert missing["passed"] is False and all(not g["passed"] for g in missing["gates"])
    assert set(passed["gates"][0]) == {"name", "passed", "detail", "value", "threshold"}


# ------------------------------------------------------------------------------------------ task files


@pytest.mark.parametrize("task_file", sorted((ROOT / "configs" / "eval").glob("*.yaml")), ids=lambda p: p.name)
def test_checked_in_task_files_validate(task_file: Path):
    assert load_eval_task(task_file).name == task_file.stem


def test_params_evaluate_section_validates():
    config = load_params(ROOT / "params.yaml").evaluate
    assert all((ROOT / task).is_file() for task in config.tasks)


def test_task_file_errors_name_file_and_key(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("name: t\nkind: multiple_choice\ndata: d.jsonl\nprompt: 'Q: {q}'\nchioces_field: c\n")
    with pytest.raises(ConfigError, match=r"bad.yaml.*chioces_field.*choices_field"):
        load_eval_task(path)
    path.write_text("name: t\nkind: generation\ndata: d.jsonl\nprompt: 'Q: {q}'\n")
    with pytest.raises(ConfigError, match="needs a `target`"):
        load_eval_task(path)
    path.write_text("name: t\nkind: perplexity\ndata: d.jsonl\ntarget: '{t}'\nnum_fewshot: 2\n")
    with pytest.raises(ConfigError, match="fewshot_data"):
        load_eval_task(path)


def test_fewshot_is_seeded_per_item_and_never_the_item_itself(tiny):
    pool = [{"id": i, "q": f"q{i}", "a": f"a{i}"} for i in range(10)]
    task = EvalTaskConfig(name="t", kind="perplexity", data="d", prompt="Q: {q}\nA:", target="{a}", num_fewshot=3,
                          fewshot_data="f")
    items = tasks.build_items(task, pool[:4], pool)
    assert items == tasks.build_items(task, pool[:4], pool)
    assert items[1] == tasks.build_items(task, pool[1:2], pool)[0]  # independent of the other items
    for record, item in zip(pool[:4], items, strict=True):
        assert item.context.count("Q: ") == 4
        assert item.context.endswith(f"Q: {record['q']}\nA:")
        assert f"A: {record['a']}" not in item.context
    chat = task.model_copy(update={"chat_template": True})
    (chat_item,) = tasks.build_items(chat, pool[:1], pool, tiny[1])
    assert chat_item.context.count("<|im_start|>assistant\n") == 4 and chat_item.context.endswith("assistant\n")
    assert tasks._delimiter(chat) == "" and tasks._delimiter(task) == " "


def test_template_field_error_names_fields():
    task = EvalTaskConfig(name="t", kind="perplexity", data="d", prompt="{question}", target="{answer}")
    with pytest.raises(SovtuneError, match="'question'.*instruction"):
        tasks.build_items(task, [{"instruction": "x", "answer": "y"}])


# --------------------------------------------------------------------------------------- offline plots


def test_html_template_inlines_vega_and_loads_nothing_remote(tmp_path: Path):
    page = ev.write_html_template(tmp_path / "template.html").read_text()
    assert "{plot_divs}" in page and "{scripts}" not in page
    assert "vegaEmbed" in page and "vegaLite" in page
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.IGNORECASE)


def test_dvc_plots_show_renders_offline_with_the_template(tmp_path: Path):
    """Real DVC: the page it writes with our template carries the data and loads no script from the web."""
    (tmp_path / "assets").mkdir()
    shutil.copy(ROOT / "pipeline" / "assets" / "eval_bars.json", tmp_path / "assets" / "eval_bars.json")
    ev.write_html_template(tmp_path / "template.html")
    rows = [{"task": "faq perplexity", "model": "base", "value": 50.0},
            {"task": "faq perplexity", "model": "tuned", "value": 30.0}]
    (tmp_path / "scores.json").write_text(json.dumps(rows))
    (tmp_path / "dvc.yaml").write_text(yaml.safe_dump({"plots": [{"scores.json": {
        "template": "assets/eval_bars.json", "x": "value", "y": "task"}}]}))
    dvc = Path(sys.executable).with_name("dvc")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([dvc, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([dvc, "plots", "show", "--html-template", "template.html", "-o", "out"], cwd=tmp_path,
                   check=True, capture_output=True, timeout=120)
    html = (tmp_path / "out" / "index.html").read_text()
    assert "faq perplexity" in html and "vegaEmbed" in html
    assert not re.search(r"<script[^>]*\bsrc\s*=\s*[\"']?https?:", html, re.IGNORECASE)
    assert "cdn.jsdelivr" not in html


# ---------------------------------------------------------------------------------------- whole stage


def _write_stage_inputs(root: Path, dirs: dict[str, Path]) -> EvaluateConfig:
    (root / "data").mkdir()
    facts = [{"id": f"f{i}", "instruction": start, "output": end, "category": "c"}
             for i, (start, end) in enumerate(FACT_PARTS)]
    (root / "data" / "test.jsonl").write_text("".join(json.dumps(r) + "\n" for r in facts))
    choices = [end for _, end in FACT_PARTS]
    mc = [{"id": r["id"], "question": r["instruction"], "choices": choices, "label": i, "category": "c"}
          for i, r in enumerate(facts)]
    (root / "data" / "choice.jsonl").write_text("".join(json.dumps(r) + "\n" for r in mc))
    (root / "data" / "canaries.jsonl").write_text("".join(json.dumps(c) + "\n" for c in CANARIES))
    (root / "ppl.yaml").write_text("name: ppl\nkind: perplexity\ndata: data/test.jsonl\nprompt: '{instruction}'\n"
                                   "target: '{output}'\n")
    (root / "mc.yaml").write_text("name: mc\nkind: multiple_choice\ndata: data/choice.jsonl\nprompt: '{question}'\n")
    (root / "gen.yaml").write_text("name: gen\nkind: generation\ndata: data/test.jsonl\nprompt: '{instruction}'\n"
                                   "target: '{output}'\nstop: ['\\n']\nmax_new_tokens: 12\n")
    return EvaluateConfig.model_validate({
        "base_dir": str(dirs["base"]), "merged_dir": str(dirs["merged"]), "adapter_dir": str(dirs["adapter"]),
        "tasks": ["ppl.yaml", "mc.yaml", "gen.yaml"], "bootstrap_samples": 200, "check_adapter": False,
        "probe": {"canaries": "data/canaries.jsonl", "samples": 4, "max_new_tokens": 24},
        "gates": {"tuned_beats_base": [{"task": "ppl", "metric": "perplexity"}], "max_extraction_rate": 0.0},
    })


def test_whole_stage_reports_improvement_and_fails_the_leak_gate(tuned_dirs, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = _write_stage_inputs(tmp_path, tuned_dirs)
    report, gates = ev.run_evaluation(config)
    assert set(report) == {"ppl", "mc", "gen", "probe"}
    ppl = report["ppl"]
    assert ppl["n"] == 3 and ppl["metric"] == "perplexity" and ppl["higher_is_better"] is False
    assert ppl["tuned"]["perplexity"] < ppl["base"]["perplexity"]
    assert ppl["ci95"][0] <= ppl["diff"] <= ppl["ci95"][1] < 0
    assert report["mc"]["tuned"]["acc"] == 1.0
    assert report["gen"]["tuned"]["exact_match"] == 1.0
    assert report["probe"]["tuned"]["extraction_rate"] > 0 == report["probe"]["base"]["extraction_rate"]
    by_name = {g["name"]: g["passed"] for g in gates["gates"]}
    assert by_name == {"tuned_beats_base:ppl/perplexity": True, "max_extraction_rate": False}
    assert gates["passed"] is False


def test_stage_main_writes_reports_offline(tuned_dirs, tmp_path: Path):
    config = _write_stage_inputs(tmp_path, tuned_dirs)
    params = {"import_model": {"name": "tiny"},
              "evaluate": {**config.model_dump(mode="json"),
                           "gates": {"max_extraction_rate": None, "tuned_beats_base": []}}}
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    result = subprocess.run([sys.executable, "-m", "pipeline.evaluate"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=300, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads((tmp_path / "reports" / "eval.json").read_text())
    gates = json.loads((tmp_path / "reports" / "gates.json").read_text())
    assert report["ppl"]["n"] == 3 and gates["passed"] is True
    rows = json.loads((tmp_path / "reports" / "plots" / "eval_scores.json").read_text())
    assert {(r["task"], r["model"]) for r in rows} >= {("ppl perplexity", "base"), ("ppl perplexity", "tuned")}
    assert str(tmp_path) not in (tmp_path / "reports" / "eval.json").read_text()
    assert "gates passed" in result.stdout
    # Both reports record the digests of the models they measured (bundle refuses any other model).
    from pipeline.provenance import tree_digest

    assert report["models"] == gates["models"]
    assert gates["models"]["merged"] == tree_digest(tmp_path / config.merged_dir)
    assert gates["models"]["adapter"] == tree_digest(tmp_path / config.adapter_dir)


def test_adapter_check_matches_its_merge_and_not_another_model(tuned_dirs):
    import torch

    ids = [[5, 17, 40, 99, 3], [7, 8, 9]]
    cpu = torch.device("cpu")
    merged, _ = ev.load_model(tuned_dirs["lora_merged"])
    gap = adapter_gap(tuned_dirs["base"], tuned_dirs["adapter"], logits_on(merged, ids), ids, cpu, torch.float32)
    assert gap < 1e-3
    other, _ = ev.load_model(tuned_dirs["merged"])
    assert adapter_gap(tuned_dirs["base"], tuned_dirs["adapter"], logits_on(other, ids), ids, cpu, torch.float32) > 0.1
    report = {"adapter_check": {"max_abs_logit_diff": gap, "items": 2}}
    only_adapter = GatesConfig(max_extraction_rate=None, tuned_beats_base=())  # the adapter gate alone
    assert evaluate_gates(report, only_adapter)["passed"] is True
    report["adapter_check"]["max_abs_logit_diff"] = 0.5
    assert evaluate_gates(report, only_adapter)["passed"] is False
    assert torch.is_grad_enabled()  # scoring leaves global grad mode alone


def test_stage_refuses_gate_on_unknown_task(tuned_dirs, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = _write_stage_inputs(tmp_path, tuned_dirs)
    bad = config.model_copy(update={"gates": GatesConfig.model_validate(
        {"tuned_beats_base": [{"task": "nope", "metric": "acc"}]})})
    with pytest.raises(SovtuneError, match="no task named 'nope'"):
        ev.run_evaluation(bad)


def test_stage_holds_one_model_at_a_time(tuned_dirs, tmp_path: Path, monkeypatch):
    """Base, tuned and base + adapter load one after the other: each is freed before the next loads."""
    import gc
    import weakref

    from pipeline import gates

    alive: list[weakref.ref] = []

    def tracking(loader):
        def load(*args, **kwargs):
            gc.collect()
            assert not [ref for ref in alive if ref() is not None], "a model was still held when the next loaded"
            loaded = loader(*args, **kwargs)
            alive.append(weakref.ref(loaded[0] if isinstance(loaded, tuple) else loaded))
            return loaded
        return load

    monkeypatch.setattr(ev, "load_model", tracking(ev.load_model))
    monkeypatch.setattr(gates, "_load_merge_base", tracking(gates._load_merge_base))
    monkeypatch.chdir(tmp_path)
    config = _write_stage_inputs(tmp_path, tuned_dirs).model_copy(
        update={"merged_dir": str(tuned_dirs["lora_merged"]), "check_adapter": True}
    )
    report, _ = ev.run_evaluation(config)
    gc.collect()
    assert len(alive) == 3 and all(ref() is None for ref in alive)
    assert report["adapter_check"]["max_abs_logit_diff"] < 1e-3
    assert report["adapter_check"]["dtype"] == "float32" and report["adapter_check"]["merge_base"] == "base"


def _nf4_round_trip(model) -> None:
    """Replace every decoder linear weight by its NF4 (double-quantised) round trip: what QLoRA trains against."""
    import bitsandbytes.functional as bnbf
    import torch

    for name, module in model.named_modules():
        if isinstance(module, torch.nn.Linear) and ".layers." in f".{name}":
            packed, state = bnbf.quantize_4bit(module.weight.data, blocksize=64, compress_statistics=True,
                                               quant_type="nf4")
            module.weight.data = bnbf.dequantize_4bit(packed, state).to(module.weight.dtype)


def test_merge_base_written_by_train_is_understood(tmp_path: Path):
    """The words pipeline/modeling.py writes into training.json: the stored base, or the NF4 weights."""
    from pipeline.gates import read_merge_base

    merged, adapter = tmp_path / "merged", tmp_path / "adapter"
    merged.mkdir()
    adapter.mkdir()
    (merged / "training.json").write_text(json.dumps({"merge_base": "original"}), encoding="utf-8")
    assert read_merge_base(merged, adapter) is None
    (merged / "training.json").write_text(json.dumps({"merge_base": "nf4-dequantized"}), encoding="utf-8")
    assert read_merge_base(merged, adapter) == {"quantization": "nf4"}


def test_adapter_check_uses_the_recorded_merge_base(tuned_dirs, tmp_path: Path):
    """After QLoRA the merge is into the NF4 weights: the check must compare against those, as train records."""
    pytest.importorskip("bitsandbytes")
    import torch
    from peft import PeftModel

    from pipeline.gates import read_merge_base

    base, _ = ev.load_model(tuned_dirs["base"])
    _nf4_round_trip(base)
    merged_dir = tmp_path / "merged"
    PeftModel.from_pretrained(base, str(tuned_dirs["adapter"])).merge_and_unload().save_pretrained(merged_dir)
    _copy_tokenizer(tuned_dirs["base"], merged_dir)
    ids = [[5, 17, 40, 99, 3], [7, 8, 9, 10, 11, 12]]
    merged, _ = ev.load_model(merged_dir)
    merged_logits = logits_on(merged, ids)
    cpu = torch.device("cpu")
    assert read_merge_base(merged_dir, tuned_dirs["adapter"]) is None  # no record: the stored base, as before
    stored = adapter_gap(tuned_dirs["base"], tuned_dirs["adapter"], merged_logits, ids, cpu, torch.float32)
    (merged_dir / "training.json").write_text(json.dumps({"merge_base": "nf4"}))
    merge_base = read_merge_base(merged_dir, tuned_dirs["adapter"])
    assert merge_base == {"quantization": "nf4"}
    recorded = adapter_gap(tuned_dirs["base"], tuned_dirs["adapter"], merged_logits, ids, cpu, torch.float32,
                           merge_base)
    assert recorded < 1e-3 < stored  # the stored fp32 base differs from what the adapter was merged into
    (merged_dir / "training.json").write_text(json.dumps({"merge_base": {"quantization": "int3"}}))
    with pytest.raises(SovtuneError, match="int3"):
        read_merge_base(merged_dir, tuned_dirs["adapter"])
    (merged_dir / "training.json").write_text(json.dumps({"merge_base": {"path": str(tmp_path / "nowhere")}}))
    with pytest.raises(SovtuneError, match="merge base is missing"):
        adapter_gap(tuned_dirs["base"], tuned_dirs["adapter"], merged_logits, ids, cpu, torch.float32,
                    read_merge_base(merged_dir, tuned_dirs["adapter"]))


def test_half_precision_check_uses_its_own_limit():
    gates = GatesConfig(max_extraction_rate=None, tuned_beats_base=(), adapter_merged_atol=1e-3,  # adapter gate alone
                        adapter_merged_atol_half=0.25)
    check = {"max_abs_logit_diff": 0.08, "items": 4}
    assert evaluate_gates({"adapter_check": check}, gates)["passed"] is False  # fp32: far too large
    result = evaluate_gates({"adapter_check": {**check, "dtype": "bfloat16"}}, gates)
    assert result["passed"] is True and result["gates"][0]["threshold"] == 0.25
    assert evaluate_gates({"adapter_check": {**check, "max_abs_logit_diff": 3.0, "dtype": "bfloat16"}},
                          gates)["passed"] is False


def test_summary_is_rounded_and_library_noise_is_filtered(tuned_dirs, tmp_path: Path):
    """A normal run prints short rounded lines and no library warnings or weight-loading bars; --verbose does."""
    config = _write_stage_inputs(tmp_path, tuned_dirs)
    params = {"import_model": {"name": "tiny"},
              "evaluate": {**config.model_dump(mode="json"), "merged_dir": str(tuned_dirs["lora_merged"]),
                           "check_adapter": True, "gates": {"max_extraction_rate": None, "tuned_beats_base": []}}}
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT)}
    env.pop("SOVTUNE_VERBOSE", None)
    runs = {flag: subprocess.run([sys.executable, "-m", "pipeline.evaluate", *flag], cwd=tmp_path,
                                 capture_output=True, text=True, timeout=300, env=env)
            for flag in ((), ("--verbose",))}
    quiet, verbose = runs[()], runs[("--verbose",)]
    assert quiet.returncode == 0 and verbose.returncode == 0, quiet.stderr[-2000:] + verbose.stderr[-2000:]
    assert "FutureWarning" not in quiet.stderr and "Loading weights" not in quiet.stderr
    assert "Loading weights" in verbose.stderr
    lines = [line for line in quiet.stdout.splitlines() if line.startswith("evaluate: ppl perplexity")]
    assert len(lines) == 1 and re.fullmatch(
        r"evaluate: ppl perplexity: base [\d.]+ -> tuned [\d.]+ \([+-][\d.]+, 95% CI [+-][\d.]+ to [+-][\d.]+; n=3\)",
        lines[0],
    ), lines
    assert not re.search(r"\d\.\d{5,}", quiet.stdout)  # no long float anywhere
    assert "evaluate: mc acc: base " in quiet.stdout and "%" in quiet.stdout
    assert "adapter check: largest |logit| gap" in quiet.stdout


# ------------------------------------------------------------------------------------ lm-eval agreement


@pytest.mark.slow  # lm-eval's import and task set-up take 20-60 s on 2 cores; the models are tiny
def test_multiple_choice_agrees_with_lm_eval(tuned_dirs, tmp_path: Path):
    """lm-eval 0.4 (its own task pipeline, local JSONL) and sovtune give the same acc, acc_norm and log-likelihoods."""
    pytest.importorskip("lm_eval")
    from benchmarks.eval_speed import run_lm_eval, run_sovtune

    choices = [end for _, end in FACT_PARTS] + ["the site manager by email."]
    items = [{"id": f"q{i}", "question": start, "choices": choices, "label": i}
             for i, (start, _) in enumerate(FACT_PARTS)]
    items += [{"id": "q9", "question": "Who issues permits for buildings?", "choices": choices, "label": 1},
              {"id": "q8", "question": "Hello, how can I help", "choices": choices[::-1], "label": 0}]
    data = tmp_path / "mc.jsonl"
    data.write_text("".join(json.dumps(i) + "\n" for i in items))
    for model in (tuned_dirs["base"], tuned_dirs["merged"]):
        theirs = run_lm_eval(str(model), data, batch_size=1)
        ours = run_sovtune(str(model), data, batch_size=4)
        assert ours["acc"] == theirs["acc"] and ours["acc_norm"] == theirs["acc_norm"]
        for mine, peer in zip(ours["loglik"], theirs["loglik"], strict=True):
            assert mine == pytest.approx(peer, abs=1e-3)


def test_cli_evaluate_reports_bad_keys_and_missing_models(tmp_path: Path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["evaluate", "--set", "evaluate.probe.sampels=3"])
    assert result.exit_code == 2 and "evaluate.probe.samples" in result.output
    result = CliRunner().invoke(app, ["evaluate", "--set", f"evaluate.base_dir={tmp_path / 'none'}"])
    assert result.exit_code == 2 and "config.json missing" in result.output
