# Turnaround — the two commands: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SRC := desktop tests docs packaging training
TS := resources/i18n/turnaround_zh_CN.ts
QM := resources/i18n/turnaround_zh_CN.qm
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint format bench model i18n screenshots wheel-check package icons clean system-deps-run system-deps-test

run: system-deps-run $(VENV)/.installed-run
	$(BIN)/turnaround

test: system-deps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check $(SRC)
	$(BIN)/ruff format --check $(SRC)
	$(BIN)/mypy

format: $(VENV)/.installed-test
	$(BIN)/ruff format $(SRC)
	$(BIN)/ruff check --fix $(SRC)

bench: system-deps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

# Train the type suggestion on resources/classify/corpus (scikit-learn, development only) and
# write resources/classify/model.json, which the app scores in plain Python.
model: $(VENV)/.installed-test
	$(BIN)/python -m training.train_classifier

# Update the translation source from the code, then compile it (edit the .ts in between).
i18n: $(VENV)/.installed-test
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none desktop -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)
	$(BIN)/pyside6-lrelease resources/i18n/qt_extra_zh_CN.ts -qm resources/i18n/qt_extra_zh_CN.qm

screenshots: system-deps-run $(VENV)/.installed-run
	$(BIN)/python docs/screenshots.py docs/screenshots

# Install the built wheel into a fresh venv and run it from there (resources must travel with it).
wheel-check: $(VENV)/.installed-test
	rm -rf dist build/wheel-venv
	$(BIN)/python -m pip wheel --no-deps -w dist . -q
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/pip install -q dist/turnaround-*.whl
	build/wheel-venv/bin/turnaround --version
	cd /tmp && TURNAROUND_HOME=$(CURDIR)/build/wheel-home $(CURDIR)/build/wheel-venv/bin/turnaround demo --cases 50
	QT_QPA_PLATFORM=offscreen TURNAROUND_HOME=$(CURDIR)/build/wheel-home build/wheel-venv/bin/turnaround --screenshot build/wheel-shot.png
	test -s build/wheel-shot.png

# The standalone one-folder app in build/dist/turnaround, then its smoke test.
package: system-deps-test $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath build/dist \
		--workpath build/pyinstaller packaging/turnaround.spec
	sh packaging/smoke-test.sh build/dist/turnaround/turnaround

# Icons in every size from resources/icons/turnaround.svg (the results are committed).
icons: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

$(VENV)/.installed-package: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e '.[package]'
	touch $@

system-deps-run:
	@sh packaging/system-deps.sh run

system-deps-test:
	@sh packaging/system-deps.sh test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
