# Two commands set the site up on a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run serve test bench lint format check messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): requirements.txt constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

$(STAMP_DEV): requirements.txt requirements-dev.txt constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@ $(STAMP_RUN)

# Runs the task workers (email; image renditions) in the background for as long as the given
# server runs; run_workers starts again any worker that stops.
WITH_WORKER = $(BIN)/python manage.py run_workers & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM;

## run: install, migrate, load the example content (marked as such) and serve the site for development on
## http://127.0.0.1:$(PORT) (make run PORT=8300 for another port), with the task workers
## that send email and make image renditions
# Links in email follow the port the server runs on (SITE_URL, unless set).
DEV_ENV = DJANGO_DEBUG=$${DJANGO_DEBUG:-1} SITE_URL=$${SITE_URL:-http://127.0.0.1:$(PORT)}
run: $(STAMP_RUN)
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py load_example_content
	export $(DEV_ENV); $(WITH_WORKER) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## serve: the production set-up on http://127.0.0.1:$(PORT) (gunicorn and the task workers,
## hashed static files, DEBUG off), for trying the real thing locally. Plain HTTP, so no
## HTTPS redirect here, and no proxy in front to log the requests: gunicorn does.
SERVE_ENV = DJANGO_DEBUG=0 \
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')} \
	DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost} \
	DJANGO_SECURE_SSL_REDIRECT=$${DJANGO_SECURE_SSL_REDIRECT:-0} \
	CONTACT_RECIPIENTS=$${CONTACT_RECIPIENTS:-henkilokunta@localhost} \
	GUNICORN_BIND=$${GUNICORN_BIND:-127.0.0.1:$(PORT)} \
	SITE_URL=$${SITE_URL:-http://127.0.0.1:$(PORT)} \
	SERVE_MEDIA=$${SERVE_MEDIA:-1} \
	GUNICORN_ACCESS_LOG=$${GUNICORN_ACCESS_LOG:-1}
serve: $(STAMP_RUN)
	export $(SERVE_ENV); \
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0 && \
	$(BIN)/python manage.py migrate --noinput && \
	{ $(WITH_WORKER) $(BIN)/gunicorn -c gunicorn.conf.py; }

## test: install the development requirements and run the whole suite
test: $(STAMP_DEV)
	DJANGO_DEBUG=1 DATABASE_URL=sqlite://:memory: $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/pytest $(PYTEST_ARGS)

## bench: requests/s of every kind of page next to bare Django's floor, SQL queries, bytes
## (make bench SCALE=10 adds ten units of a site in use: bookings, enquiries, team surveys, ...)
bench: $(STAMP_DEV)
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -q && apt-get install -y -q wrk; } || \
		{ echo "make bench needs wrk: sudo apt-get install wrk"; exit 1; }
	$(BIN)/python bench/run.py $(if $(SCALE),--scale $(SCALE))

lint: $(STAMP_DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP_DEV)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: update the Finnish, Swedish and English catalogues and compile them (needs GNU gettext; only for developers)
# tyonohjaus/locale holds hand-kept translations for third-party apps: makemessages leaves it alone.
messages: $(STAMP_DEV)
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemessages --locale fi --locale sv --locale en --no-obsolete --add-location file \
		--ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'tests/*' --ignore 'tyonohjaus/locale'
	DJANGO_DEBUG=1 $(BIN)/python manage.py compilemessages --locale fi --locale sv --locale en --ignore '.venv/*'

clean:
	rm -rf $(VENV) staticfiles
