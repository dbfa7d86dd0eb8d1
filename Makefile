# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never

.PHONY: demo test lint bench venv browser clean

$(BIN)/wirewatch: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip uv
	$(BIN)/uv pip install -q --python $(BIN)/python -e '.[test,dask,postgres,build]'
	touch $(BIN)/wirewatch

venv: $(BIN)/wirewatch

demo: venv
	$(BIN)/wirewatch demo --db demo.db

test: venv
	bash scripts/test-services.sh
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check src tests benchmarks

BENCH_DOCS ?= 10000
bench: venv
	$(BIN)/wirewatch bench --docs $(BENCH_DOCS) --workers 1
	$(BIN)/wirewatch bench --docs $(BENCH_DOCS) --workers 2
	$(BIN)/wirewatch bench --docs $(BENCH_DOCS) --workers 2 --dask

clean:
	rm -rf $(VENV) demo.db test-artifacts
