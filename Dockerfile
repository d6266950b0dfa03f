# The app for a classroom server: CPU torch, the app's code and the shipped checkpoints.
#   docker build -t gme . && docker run -p 8501:8501 gme      -> http://localhost:8501
# (compose.yaml runs several replicas behind a sticky proxy: README, "Deploying for a class".)
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.txt ./
# The app's packages only (requirements.txt lists the test tools after "# Tests"); torch from
# the CPU wheel index, so the image carries no CUDA libraries.
RUN sed '/^# Tests/,$d' requirements.txt > /tmp/app-requirements.txt \
 && pip install --index-url https://download.pytorch.org/whl/cpu torch==2.14.1 torchvision==0.29.1 \
 && pip install -r /tmp/app-requirements.txt
COPY app.py ./
COPY .streamlit .streamlit
COPY core core
COPY ui ui
COPY pages pages
COPY checkpoints checkpoints
RUN useradd --create-home student && chown -R student /app
USER student
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=2)"
CMD ["python", "-m", "streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true", "--browser.gatherUsageStats=false"]
